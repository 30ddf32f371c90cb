package nl.meedoen.mail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without a mail server and without demo data nothing is sent: mail waits in the outbox, the start-up
 * log warns, and an instance started later with a mail server sends it.
 */
@MicronautTest(transactional = false)
@Property(name = "meedoen.demo-data", value = "false")
class OutboxKeepsUnsentMailAcrossRestartsTest {

    private final ApplicationContext context;
    private final Sql database;

    OutboxKeepsUnsentMailAcrossRestartsTest(EmbeddedServer server, Sql database) {
        this.context = server.getApplicationContext();
        this.database = database;
    }

    @Test
    void mailQueuedWithoutAMailServerIsSentByTheNextInstanceThatHasOne() {
        // given an instance without a mail server, which says so when it starts
        assertTrue(context.findBean(OutboxSender.class).isEmpty(), "nothing sends without a mail server");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger poller = (Logger) LoggerFactory.getLogger(OutboxPoller.class);
        poller.addAppender(log);
        log.start();
        String recipient = OutboxTestMails.address("later");
        try (ApplicationContext withoutMail = ApplicationContext.run(Map.of("meedoen.demo-data", "false"))) {
            assertTrue(log.list.stream().anyMatch(event -> event.getLevel() == Level.WARN
                    && event.getFormattedMessage().contains("MEEDOEN_SMTP_HOST")), "the start-up log warns");
            OutboxTestMails.queue(withoutMail, recipient, "Bewaard");
        } finally {
            poller.detachAppender(log);
        }
        assertFalse(OutboxTestMails.row(database, recipient).sent());

        // when an instance with a mail server starts on the same database
        try (Mailbox mailbox = Mailbox.started();
             ApplicationContext withMail = ApplicationContext.run(new HashMap<String, Object>(mailbox.serviceProperties()))) {

            // then it sends the waiting mail
            assertEquals("Bewaard", mailbox.awaitOneTo(recipient).subject());
            OutboxTestMails.await(() -> OutboxTestMails.row(database, recipient).sent(), "marked sent");
            assertTrue(withMail.isRunning());
        }
    }
}
