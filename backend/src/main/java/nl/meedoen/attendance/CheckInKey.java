package nl.meedoen.attendance;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The one row of the check_in_key table: the platform's Ed25519 key pair. */
@MappedEntity("check_in_key")
record CheckInKey(@Id short id, byte[] privateKey, byte[] publicKey, @GeneratedValue @Nullable Instant createdAt) {
}
