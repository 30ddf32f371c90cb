package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of the staff_refresh_used table: a refresh token (its hash) that its session already exchanged. */
@MappedEntity("staff_refresh_used")
record UsedRefreshToken(@Id String refreshHash, UUID sessionId, Instant usedAt) {
}
