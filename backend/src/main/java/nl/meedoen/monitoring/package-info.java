/**
 * Following progress: figures, deadlines. What a municipality needs to see whether it reaches its
 * newcomers and who is close to the deadline for the participation declaration, read from the records
 * of the other features and never changing them; every export of it is in the audit log.
 */
@NullMarked
package nl.meedoen.monitoring;

import org.jspecify.annotations.NullMarked;
