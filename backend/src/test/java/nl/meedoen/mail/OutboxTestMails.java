package nl.meedoen.mail;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import nl.meedoen.testing.Sql;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Queues test mails to addresses of their own, and looks at their rows. */
final class OutboxTestMails {

    record Row(int attempts, boolean sent, String lastError, String textBody) {
    }

    private OutboxTestMails() {
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ontvanger.example";
    }

    /** Queues a mail the way a feature does: in a transaction of the given instance. */
    static void queue(ApplicationContext instance, String recipient, String subject) {
        Outbox outbox = instance.getBean(Outbox.class);
        TransactionOperations<?> transactions = instance.getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            outbox.queue(Mail.text(recipient, subject, "Een bericht voor " + recipient, "test"));
            return null;
        });
    }

    static Row row(Sql database, String recipient) {
        return database.one("SELECT attempts, sent_at IS NOT NULL, last_error, text_body FROM mail_outbox WHERE recipient = ?",
                result -> new Row(result.getInt(1), result.getBoolean(2), result.getString(3), result.getString(4)), recipient).orElseThrow();
    }

    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited in vain for: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
