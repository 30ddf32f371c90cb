package nl.meedoen.attendance;

import jakarta.inject.Singleton;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.RoleGrant;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.sessions.TrainerSessions;

import java.util.UUID;

/**
 * Who may see a roster and record attendance: a trainer of the session who still holds the trainer
 * role in its municipality, a coordinator of that municipality, or the platform admin. Another
 * trainer of the municipality gets 403; anyone of elsewhere finds no session (404).
 */
@Singleton
class TrainerAccess {

    private final TrainerSessions sessions;

    TrainerAccess(TrainerSessions sessions) {
        this.sessions = sessions;
    }

    TrainerSessions.Taught require(SignedInStaff staff, UUID session) {
        TrainerSessions.Taught taught = sessions.find(session).orElseThrow(NotFound::new);
        if (!teaches(staff, taught)) {
            staff.requireIn(taught.municipality(), Role.COORDINATOR);
        }
        return taught;
    }

    /** The same rule without an exception, for the items of a check-in batch. */
    boolean mayRecord(SignedInStaff staff, TrainerSessions.Taught session) {
        return teaches(staff, session) || staff.isAdmin()
                || staff.grants().contains(new RoleGrant(Role.COORDINATOR, session.municipality()));
    }

    static boolean teaches(SignedInStaff staff, TrainerSessions.Taught session) {
        return session.trainers().contains(staff.id()) && staff.grants().contains(new RoleGrant(Role.TRAINER, session.municipality()));
    }
}
