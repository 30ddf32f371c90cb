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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances of the service on one database send the same outbox at the same time: their pollers
 * run, and four more senders loop over it on top, two per instance. Every mail arrives exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxSendsEachMailOnceTest implements TestPropertyProvider {

    private static final int MAILS = 40;

    private final Mailbox mailbox = Mailbox.started();
    private ApplicationContext first;
    private ApplicationContext second;
    private Sql database;

    @Override
    public java.util.Map<String, String> getProperties() {
        return mailbox.serviceProperties();
    }

    @BeforeAll
    void twoInstances(EmbeddedServer server, Sql sql) {
        first = server.getApplicationContext();
        second = ApplicationContext.run(new HashMap<String, Object>(mailbox.serviceProperties()));
        database = sql;
    }

    @AfterAll
    void stop() {
        second.close();
        mailbox.close();
    }

    @Test
    void everyMailArrivesOnceWithSeveralSendersAtWork() {
        // given mails queued through both instances
        List<String> recipients = IntStream.range(0, MAILS).mapToObj(i -> OutboxTestMails.address("once-" + i)).toList();
        for (int i = 0; i < MAILS; i++) {
            OutboxTestMails.queue(i % 2 == 0 ? first : second, recipients.get(i), "Bericht " + i);
        }

        // when four more senders work through the outbox beside the pollers of both instances
        List<CompletableFuture<Void>> senders = new ArrayList<>();
        for (ApplicationContext instance : List.of(first, second, first, second)) {
            OutboxSender sender = instance.getBean(OutboxSender.class);
            senders.add(CompletableFuture.runAsync(() -> {
                while (sender.sendNext()) {
                    Thread.onSpinWait();
                }
            }));
        }
        senders.forEach(CompletableFuture::join);

        // then each mail is marked sent after one attempt, and arrived exactly once
        OutboxTestMails.await(() -> recipients.stream().allMatch(to -> OutboxTestMails.row(database, to).sent()), "all mails sent");
        for (String recipient : recipients) {
            assertEquals(1, mailbox.awaitTo(recipient, 1).size(), recipient);
            assertEquals(1, OutboxTestMails.row(database, recipient).attempts(), recipient);
        }
        assertEquals(MAILS, mailbox.all().stream().filter(mail -> recipients.contains(mail.recipient())).count());
    }
}
