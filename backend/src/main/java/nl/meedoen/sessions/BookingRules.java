package nl.meedoen.sessions;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules a municipality sets for booking: until how long before a session a newcomer may cancel or
 * move their seat ({@code meedoen.booking.cancellation-deadline-hours} when it set none).
 */
@Singleton
class BookingRules {

    @Serdeable
    record Settings(int cancellationDeadlineHours) {
    }

    private final BookingSettings settings;
    private final int defaultDeadlineHours;

    BookingRules(BookingSettings settings, @Value("${meedoen.booking.cancellation-deadline-hours:24}") int defaultDeadlineHours) {
        this.settings = settings;
        this.defaultDeadlineHours = defaultDeadlineHours;
    }

    Settings of(String municipality) {
        return new Settings(settings.findById(municipality).map(BookingSetting::cancellationDeadlineHours).orElse(defaultDeadlineHours));
    }

    /** The last moment a newcomer may cancel or move a seat in the session. */
    Instant changeableUntil(WorkshopSession session) {
        return session.startsAt().minus(Duration.ofHours(of(session.municipalityCode()).cancellationDeadlineHours()));
    }
}
