@NullMarked
package nl.meedoen.identity;

import org.jspecify.annotations.NullMarked;
