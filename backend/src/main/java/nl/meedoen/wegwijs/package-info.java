@NullMarked
package nl.meedoen.wegwijs;

import org.jspecify.annotations.NullMarked;
