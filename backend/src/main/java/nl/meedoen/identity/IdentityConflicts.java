package nl.meedoen.identity;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.meedoen.web.UniqueConstraintMessage;

/** What a caller is told when a change collides with another (see V3's unique indexes). */
@Factory
final class IdentityConflicts {

    @Singleton
    UniqueConstraintMessage sameStaffEmail() {
        return new UniqueConstraintMessage("staff_email",
                "A staff member with this e-mail address was added at the same moment. Reload the staff list and try again.");
    }
}
