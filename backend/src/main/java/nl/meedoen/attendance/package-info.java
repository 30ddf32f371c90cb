/**
 * Attendance at workshop sessions: the newcomer's signed check-in code, the trainer's roster, check-ins
 * made offline and synchronised later (each once), walk-ins, and the attendance the trainer confirms.
 */
@NullMarked
package nl.meedoen.attendance;

import org.jspecify.annotations.NullMarked;
