/**
 * Bean-validation constraints for text and dates a person types, shared by the request records of
 * every feature, so that hostile or broken input is a 400 that names the field, never a 500 further on.
 */
@NullMarked
package nl.meedoen.web.validation;

import org.jspecify.annotations.NullMarked;
