@NullMarked
package nl.meedoen;

import org.jspecify.annotations.NullMarked;
