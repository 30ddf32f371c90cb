package nl.meedoen.sessions;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reminders are made from PostgreSQL: an instance sends the due ones and stops; a reminder that falls
 * due while no instance runs is sent by the next one, and none is sent twice. The test's own instance
 * sends no reminders, so that only the instances started here do.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersSurviveARestartTest implements TestPropertyProvider {

    private final Mailbox mailbox = Mailbox.started();
    private Sql sql;
    private SessionTestData data;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(mailbox.serviceProperties());
        properties.put("meedoen.reminders.enabled", "false");
        return properties;
    }

    @BeforeAll
    void connect(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.sql = sql;
        this.data = new SessionTestData(new Api(server, json), sql, municipalities);
    }

    @AfterAll
    void closeMailbox() {
        mailbox.close();
    }

    @Test
    void aReminderDueWhileNoInstanceRunsIsSentOnceAfterTheRestart() {
        String town = data.municipality();
        String early = "early-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String later = "later-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID first = bookedSessionStartingIn(town, early, Duration.ofMinutes(90));
        UUID second = bookedSessionStartingIn(town, later, Duration.ofDays(3));

        // one instance sends the two reminders due for the first session (two days and two hours before)
        try (EmbeddedServer instance = ApplicationContext.run(EmbeddedServer.class, remindingInstance())) {
            List<Mailbox.Received> reminders = mailbox.awaitTo(early, 3);
            assertEquals(List.of("Je plaats in de workshop: Waardenworkshop", "Herinnering: Waardenworkshop", "Herinnering: Waardenworkshop"),
                    reminders.stream().map(Mailbox.Received::subject).toList());
            waitUntil(() -> sql.one("SELECT count(*) FROM booking_reminder WHERE sent_at IS NOT NULL AND booking_id IN "
                    + "(SELECT id FROM booking WHERE session_id = ?)", row -> row.getLong(1), first).orElseThrow() == 2);
        }

        // while no instance runs, the second session's "two days before" falls due
        sql.update("UPDATE workshop_session SET starts_at = now() + interval '1 day', ends_at = now() + interval '1 day 3 hours' WHERE id = ?",
                second);

        // the next instance sends it, once, and repeats nothing of the first session
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, remindingInstance())) {
            List<Mailbox.Received> toLater = mailbox.awaitTo(later, 2);
            assertEquals("Herinnering: Waardenworkshop", toLater.get(1).subject());
            waitUntil(() -> sql.one("SELECT count(*) FROM booking_reminder WHERE sent_at IS NULL", row -> row.getLong(1)).orElseThrow() == 0);
            waitUntil(() -> sql.one("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL", row -> row.getLong(1)).orElseThrow() == 0);
        }
        assertEquals(3, mailbox.to(early).size(), "nothing sent twice to the first newcomer");
        assertEquals(2, mailbox.to(later).size(), "the confirmation and one reminder");
    }

    /** A session booked three days ago, as if time had passed since: its start is moved close. */
    private UUID bookedSessionStartingIn(String town, String email, Duration until) {
        SessionTestData.Session session = data.session(town, 10, 20, "nl");
        SessionTestData.Newcomer newcomer = data.newcomer(town, "nl", email);
        assertEquals(201, data.book(newcomer, session.id(), "r").status());
        mailbox.awaitOneTo(email);
        Instant start = Instant.now().plus(until);
        sql.update("UPDATE workshop_session SET starts_at = ?, ends_at = ? WHERE id = ?", start, start.plus(Duration.ofHours(3)), session.id());
        sql.update("UPDATE booking SET booked_at = now() - interval '3 days', confirmed_at = now() - interval '3 days' WHERE session_id = ?",
                session.id());
        return session.id();
    }

    private Map<String, Object> remindingInstance() {
        Map<String, Object> properties = new HashMap<>(mailbox.serviceProperties());
        properties.put("meedoen.reminders.poll-interval", "200ms");
        return properties;
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done within 15 seconds");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
