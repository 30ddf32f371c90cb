package nl.meedoen.sessions;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.meedoen.web.UniqueConstraintMessage;

/** What a caller is told when a change collides with another (see V14's unique index). */
@Factory
final class SessionConflicts {

    @Singleton
    UniqueConstraintMessage oneActiveBooking() {
        return new UniqueConstraintMessage("booking_one_active_per_newcomer",
                "This newcomer got a booking at the same moment. Reload to see it; move or cancel it to choose another session.");
    }
}
