@NullMarked
package nl.meedoen.web;

import org.jspecify.annotations.NullMarked;
