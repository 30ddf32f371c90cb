package nl.meedoen.push;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A due row of the push outbox with the subscription it goes to, as the sender claims it. */
@Introspected
record QueuedPush(long id, String kind, String payload, int attempts, Instant validUntil, long subscriptionId, String endpoint,
                  byte[] p256dh, byte[] auth) {
}
