package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the invitation table: a code on a letter, known by its hash; open until redeemed or revoked. */
@MappedEntity("invitation")
record Invitation(@Id UUID id, UUID newcomerId, String codeHash, @Nullable UUID createdBy, Instant expiresAt,
                  @Nullable Instant redeemedAt, @Nullable Instant revokedAt) {
}
