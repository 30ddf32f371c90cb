/**
 * Following progress: figures, deadlines. How far the newcomers of a period got (the funnel from
 * registration to DUO), how full sessions were and who stayed away, per municipality and across
 * municipalities with small numbers hidden; and who is close to their deadline. It reads the tables of
 * the other features and nothing depends on it; every export of it is in the audit log.
 */
@NullMarked
package nl.meedoen.monitoring;

import org.jspecify.annotations.NullMarked;
