package nl.meedoen.signing;

import jakarta.inject.Singleton;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Who may run a ceremony for a newcomer: a coordinator of the municipality (at the counter), or a
 * trainer of the session in which the newcomer has a seat. Everyone else gets what
 * {@link SignedInStaff#requireIn} gives them.
 */
@Singleton
class CeremonyAccess {

    private final CeremonyNewcomers newcomers;

    CeremonyAccess(CeremonyNewcomers newcomers) {
        this.newcomers = newcomers;
    }

    void require(SignedInStaff staff, String municipality, UUID newcomer, @Nullable UUID session) {
        boolean trainerOfTheSession = session != null && staff.grants().stream()
                .anyMatch(grant -> grant.role() == Role.TRAINER && municipality.equals(grant.municipality()))
                && newcomers.trainsSessionOf(staff.id(), session, newcomer);
        if (!trainerOfTheSession) {
            staff.requireIn(municipality, Role.COORDINATOR);
        }
    }
}
