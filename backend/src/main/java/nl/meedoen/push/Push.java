package nl.meedoen.push;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocales;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a feature puts a notification for a newcomer's phones. It becomes one outbox row per phone
 * that allowed notifications, written in the transaction of the change that causes it: a change that
 * is rolled back sends nothing, and a committed one is sent even when the push service is away or the
 * service stops a moment later. The phones are looked up now, not when sending: a phone that subscribes
 * later does not get notices queued before, and one that withdraws takes its unsent notices with it.
 */
@Singleton
public class Push {

    /** Push services take about 4 KB after encryption; this leaves room and keeps notifications short. */
    static final int MOST_PAYLOAD_BYTES = 3072;

    private final QueuedPushes outbox;
    private final SupportedLocales locales;
    private final JsonMapper json;

    Push(QueuedPushes outbox, SupportedLocales locales, JsonMapper json) {
        this.outbox = outbox;
        this.locales = locales;
        this.json = json;
    }

    /**
     * Queues the message for every phone of the newcomer that allowed notifications, and returns for
     * how many phones it was queued now: 0 when there are none, or when this notice was queued before.
     * Needs the caller's transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int queue(UUID newcomerId, PushMessage message) {
        if (!message.validUntil().isAfter(Instant.now())) {
            return 0;
        }
        String payload = payload(message);
        return outbox.queueForEveryPhone(newcomerId, message.dedupKey(), message.kind(), payload, message.validUntil());
    }

    private String payload(PushMessage message) {
        Payload payload = new Payload(message.title(), message.body(), message.url(), message.lang(),
                locales.require(message.lang()).direction(), message.dedupKey());
        try {
            String written = json.writeValueAsString(payload);
            if (written.getBytes(StandardCharsets.UTF_8).length > MOST_PAYLOAD_BYTES) {
                throw new IllegalArgumentException("A notification is at most " + MOST_PAYLOAD_BYTES + " bytes; shorten its text");
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
