package nl.meedoen.sessions;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the booking table: a seat (confirmed), a place in the waiting list, or how either ended. */
@MappedEntity("booking")
record Booking(@Id UUID id, UUID sessionId, UUID newcomerId, String status, @GeneratedValue @Nullable Instant bookedAt,
               @Nullable UUID bookedBy, @Nullable Instant confirmedAt, @Nullable Instant endedAt) {

    static final String CONFIRMED = "confirmed";
    static final String WAITLISTED = "waitlisted";
    static final String CANCELLED = "cancelled";
    static final String MOVED = "moved";
    static final String SESSION_CANCELLED = "session-cancelled";
    /** The newcomer did not come; ended when they are asked to book again. */
    static final String MISSED = "missed";

    boolean isConfirmed() {
        return CONFIRMED.equals(status);
    }
}
