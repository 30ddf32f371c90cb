package nl.meedoen.sessions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of the booking_settings table: a municipality's own booking rules. */
@MappedEntity("booking_settings")
record BookingSetting(@Id String municipalityCode, int cancellationDeadlineHours, Instant updatedAt) {
}
