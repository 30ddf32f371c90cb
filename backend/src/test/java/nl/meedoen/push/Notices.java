package nl.meedoen.push;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Queues test notices the way a feature does, and reads the outbox rows of a newcomer. */
final class Notices {

    record Row(int attempts, boolean sent, boolean givenUp, @Nullable String lastError, String payload) {
    }

    private Notices() {
    }

    /** Queues in a transaction of the given instance and returns for how many phones. */
    static int queue(ApplicationContext instance, UUID newcomer, PushMessage message) {
        Push push = instance.getBean(Push.class);
        TransactionOperations<?> transactions = instance.getBean(TransactionOperations.class);
        return transactions.executeWrite(status -> push.queue(newcomer, message));
    }

    static PushMessage reminder(String dedupKey) {
        return new PushMessage("session-reminder", dedupKey, "nl", "Je workshop is morgen",
                "Morgen om 10:00 in het Buurthuis.", "/#/", Instant.now().plus(Duration.ofDays(1)));
    }

    static Row row(Sql database, String dedupKey) {
        return database.one("""
                        SELECT attempts, sent_at IS NOT NULL, given_up_at IS NOT NULL, last_error, payload
                          FROM push_outbox WHERE dedup_key = ?
                        """,
                result -> new Row(result.getInt(1), result.getBoolean(2), result.getBoolean(3), result.getString(4), result.getString(5)),
                dedupKey).orElseThrow(() -> new AssertionError("no outbox row " + dedupKey));
    }

    static int rows(Sql database, String dedupKey) {
        return database.one("SELECT count(*) FROM push_outbox WHERE dedup_key = ?", result -> result.getInt(1), dedupKey).orElseThrow();
    }

    static int subscriptions(Sql database, String endpoint) {
        return database.one("SELECT count(*) FROM push_subscription WHERE endpoint = ?", result -> result.getInt(1), endpoint).orElseThrow();
    }

    /** Properties for an instance that sends to the fake push service. */
    static Map<String, String> sending(String pollInterval) {
        return Map.of(
                TrustingPushClient.PROPERTY, "true",
                "meedoen.push.services", "localhost",
                "meedoen.push.contact", "mailto:push-test@voorbeeldstad.example",
                "meedoen.push.poll-interval", pollInterval,
                "meedoen.push.first-retry", "1s");
    }
}
