package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the newcomer_session table: a phone linked to a newcomer, known by the hash of its token. */
@MappedEntity("newcomer_session")
record NewcomerSession(@Id UUID id, UUID newcomerId, UUID invitationId, String tokenHash, @Nullable Instant revokedAt) {
}
