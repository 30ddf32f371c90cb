@NullMarked
package nl.meedoen.locale;

import org.jspecify.annotations.NullMarked;
