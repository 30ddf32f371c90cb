@NullMarked
package nl.meedoen.content;

import org.jspecify.annotations.NullMarked;
