package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A signature or refusal of one newcomer as the coordinator's screen lists it: {@code kind} is
 * {@code signed} or {@code refused}; a revoked signature carries when, why and by whom it was revoked.
 */
@Serdeable
record NewcomerSignature(UUID id, String kind, Instant at, @Nullable String verificationCode, @Nullable Instant revokedAt,
                         @Nullable String revocationReason, @Nullable String revokedBy) {
}
