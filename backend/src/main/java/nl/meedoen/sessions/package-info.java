/**
 * Workshop sessions: coordinators plan them, newcomers book a seat, a full session keeps a waiting
 * list, and booked newcomers are told of confirmations and changes by mail in their own language.
 */
@NullMarked
package nl.meedoen.sessions;

import org.jspecify.annotations.NullMarked;
