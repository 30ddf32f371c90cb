package nl.meedoen.attendance;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of the no_show_follow_up table: one per newcomer and session they missed, with what came of it. */
@MappedEntity("no_show_follow_up")
record FollowUp(@EmbeddedId Attendance.Key key, Instant madeAt, @Nullable Instant handledAt, @Nullable String outcome) {

    static final String SENT = "sent";
    static final String NO_CONTACT = "no-contact";
    static final String PRESENT = "present";
    static final String BOOKED_AGAIN = "booked-again";
}
