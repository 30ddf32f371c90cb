package nl.meedoen.sessions;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of the booking_request table: one idempotency key of one caller, and the answer it got. */
@MappedEntity("booking_request")
record BookingRequest(@Id String caller, String idempotencyKey, String requestHash, @Nullable String response,
                      @GeneratedValue @Nullable Instant createdAt) {
}
