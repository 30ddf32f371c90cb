package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the staff_session table: one sign-in, known by the hash of its current refresh token. */
@MappedEntity("staff_session")
record StaffSession(@Id UUID id, UUID staffId, String refreshHash, Instant expiresAt, @Nullable Instant revokedAt) {
}
