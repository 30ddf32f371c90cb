package nl.meedoen.push;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of the push_outbox table: one notice for one phone. */
@MappedEntity("push_outbox")
record StoredPush(@Id @GeneratedValue @Nullable Long id, long subscriptionId, String dedupKey, String kind, String payload,
                  @GeneratedValue @Nullable Instant createdAt, Instant validUntil, int attempts,
                  @GeneratedValue @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable Instant givenUpAt,
                  @Nullable String lastError) {
}
