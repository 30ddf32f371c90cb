package nl.meedoen.mail;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mail server is away for a while: the outbox keeps the mail, tries again later, and sends it once when it is back. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRetriesWhenTheMailServerIsAwayTest implements TestPropertyProvider {

    private final Mailbox mailbox = Mailbox.started();
    private ApplicationContext instance;
    private Sql database;

    @Override
    public Map<String, String> getProperties() {
        return mailbox.serviceProperties();
    }

    @BeforeAll
    void connect(EmbeddedServer server, Sql sql) {
        instance = server.getApplicationContext();
        database = sql;
    }

    @AfterAll
    void closeMailbox() {
        mailbox.close();
    }

    @Test
    void aMailWaitsForTheServerAndArrivesOnce() {
        // given the mail server is down when a mail is queued
        mailbox.stop();
        String recipient = OutboxTestMails.address("retry");
        OutboxTestMails.queue(instance, recipient, "Even geduld");

        // when the sender has tried twice in vain
        OutboxTestMails.await(() -> OutboxTestMails.row(database, recipient).attempts() >= 2, "two failed attempts");
        OutboxTestMails.Row failed = OutboxTestMails.row(database, recipient);
        assertFalse(failed.sent());
        assertTrue(failed.lastError().startsWith("MailConnectException"), failed.lastError());
        assertFalse(failed.lastError().contains(recipient), "no address in the stored error");

        // and the server comes back
        mailbox.start();

        // then the mail arrives once and is marked sent, its text gone from the outbox
        assertEquals(1, mailbox.awaitTo(recipient, 1).size());
        OutboxTestMails.await(() -> OutboxTestMails.row(database, recipient).sent(), "marked sent");
        OutboxTestMails.Row sent = OutboxTestMails.row(database, recipient);
        assertEquals(null, sent.lastError());
        assertEquals("", sent.textBody());
        assertEquals(1, mailbox.to(recipient).size(), "a sent mail is never claimed again");
    }
}
