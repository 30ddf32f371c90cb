package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation letter as staff may see it again later: when it was issued and what became of it, never
 * its code, which exists only on the printed letter. {@code state} is {@code open} (the code works),
 * {@code redeemed} (a phone is linked with it), {@code revoked} (a newer letter replaced it) or {@code expired}.
 */
@Serdeable
record IssuedInvitation(UUID id, Instant issuedAt, Instant validUntil,
                        @Schema(allowableValues = {"open", "redeemed", "revoked", "expired"}) String state) {
}
