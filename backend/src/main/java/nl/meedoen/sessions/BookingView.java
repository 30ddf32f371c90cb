package nl.meedoen.sessions;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A newcomer's booking: {@code confirmed} (a seat) or {@code waitlisted} (with the place in the
 * waiting list), until when they may cancel or move it themselves, and whether notices reach them by
 * mail: {@code byMail} is false when the newcomer has no e-mail address, and then nothing is mailed.
 */
@Serdeable
record BookingView(UUID id, String status, @Nullable Integer waitingListPosition, SessionOffer session, Instant changeableUntil,
                   boolean byMail) {
}
