package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the password_reset table: a one-time link to set a password, known by the hash of its token. */
@MappedEntity("password_reset")
record PasswordReset(@Id String tokenHash, UUID staffId, @Nullable UUID createdBy, Instant expiresAt, @Nullable Instant usedAt) {
}
