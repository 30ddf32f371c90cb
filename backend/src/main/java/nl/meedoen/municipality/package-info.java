@NullMarked
package nl.meedoen.municipality;

import org.jspecify.annotations.NullMarked;
