package nl.meedoen.attendance;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the attendance table: whether a newcomer came to a session. */
@MappedEntity("attendance")
record Attendance(@EmbeddedId Key key, @Nullable UUID bookingId, String status, boolean walkIn, boolean overCapacity,
                  Instant updatedAt, @Nullable UUID updatedBy) {

    static final String PRESENT = "present";
    static final String NO_SHOW = "no-show";

    @Embeddable
    record Key(@MappedProperty("session_id") UUID sessionId, @MappedProperty("newcomer_id") UUID newcomerId) {
    }
}
