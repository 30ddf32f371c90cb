package nl.meedoen.sessions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the booking_reminder table; its key is the booking and the offset together. */
@MappedEntity("booking_reminder")
record BookingReminder(@Id UUID bookingId, int minutesBefore, Instant dueAt, @Nullable Instant sentAt) {
}
