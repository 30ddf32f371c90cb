@NullMarked
package nl.meedoen.database;

import org.jspecify.annotations.NullMarked;
