package nl.meedoen.attendance;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer who did not come to their workshop is asked once, in their language, to book again: by
 * mail and on their phone. Not after a correction to present, not when they booked again already, and
 * not twice when two instances look at the same time. The grace period passing is written into the
 * attendance row; this test's own instance makes and handles follow-ups only when the test says so.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoShowFollowUpTest implements TestPropertyProvider {

    private final Mailbox mailbox = Mailbox.started();
    private Api api;
    private Sql sql;
    private AttendanceTestData data;
    private NoShowFollowUps followUps;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(mailbox.serviceProperties());
        properties.put("meedoen.no-show-follow-ups.enabled", "false");
        return properties;
    }

    @BeforeAll
    void connect(EmbeddedServer server, JsonMapper json, Sql sql, NoShowFollowUps followUps) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new AttendanceTestData(api, sql);
        this.followUps = followUps;
    }

    @AfterAll
    void closeMailbox() {
        mailbox.close();
    }

    @Test
    void aNoShowIsAskedOnceInTheirOwnLanguageToBookAgain() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofHours(4)), 10, trainer.id());
        AttendanceTestData.Newcomer newcomer = data.newcomer(town, "ar");
        String email = withEmail(newcomer);
        allowNotifications(newcomer);
        data.book(newcomer.id(), session, "confirmed");
        confirmNobodyCame(trainer, session);
        graceHasPassed(session);

        handleAll();

        Mailbox.Received mail = mailbox.awaitOneTo(email);
        assertEquals("افتقدناك في ورشة العمل", mail.subject());
        assertTrue(mail.text().contains("لم تحضر ورشة العمل في") && mail.text().contains("Waardenworkshop"), mail.text());
        assertTrue(mail.text().contains("/?lang=ar#/booking"), "the way to the booking screen: " + mail.text());
        List<String> pushes = pushes(newcomer.id());
        assertEquals(1, pushes.size(), "one notification");
        assertTrue(pushes.getFirst().contains("اختر موعدًا جديدًا") && pushes.getFirst().contains("\"dir\":\"rtl\"")
                && pushes.getFirst().contains("/#/booking"), pushes.getFirst());
        assertEquals("sent", outcome(session, newcomer.id()));

        handleAll();
        assertEquals(1, followUpMails(email), "never a second one");
        assertEquals(1, pushes(newcomer.id()).size());

        UUID next = data.session(town, Instant.now().plus(Duration.ofDays(7)), 10, trainer.id());
        Api.Response booked = api.send("POST", "/api/v1/newcomer/bookings", Map.of("sessionId", next), "Authorization", newcomer.phone(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, booked.status(), "the missed seat no longer stands in the way: " + booked.body());
    }

    @Test
    void aCorrectionToPresentBeforeItGoesOutMeansItDoesNotGoOut() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff coordinator = data.staff(town, "coordinator");
        UUID session = data.session(town, Instant.now().minus(Duration.ofHours(4)), 10, trainer.id());
        AttendanceTestData.Newcomer soon = data.newcomer(town, "ti");
        AttendanceTestData.Newcomer late = data.newcomer(town, "ti");
        String soonEmail = withEmail(soon);
        String lateEmail = withEmail(late);
        data.book(soon.id(), session, "confirmed");
        data.book(late.id(), session, "confirmed");
        confirmNobodyCame(trainer, session);

        // one is corrected within the grace period, the other after its follow-up was made but before it went out
        correctToPresent(coordinator, town, session, soon.id());
        graceHasPassed(session);
        followUps.makeDue();
        correctToPresent(coordinator, town, session, late.id());
        handleAll();

        assertEquals(0, count("SELECT count(*) FROM no_show_follow_up WHERE session_id = ? AND newcomer_id = ?", session, soon.id()));
        assertEquals("present", outcome(session, late.id()));
        assertEquals(0, followUpMails(soonEmail) + followUpMails(lateEmail));
        assertEquals(2, count("SELECT count(*) FROM booking WHERE session_id = ? AND status = 'confirmed'", session), "the seats stand");
    }

    @Test
    void someoneWhoBookedAgainMeanwhileGetsNone() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff coordinator = data.staff(town, "coordinator");
        UUID session = data.session(town, Instant.now().minus(Duration.ofHours(4)), 10, trainer.id());
        AttendanceTestData.Newcomer newcomer = data.newcomer(town, "fa");
        String email = withEmail(newcomer);
        data.book(newcomer.id(), session, "confirmed");
        confirmNobodyCame(trainer, session);
        // they called the municipality, who cancelled the missed seat; then they chose another workshop themselves
        Api.Response cancelled = api.send("DELETE", "/api/v1/municipalities/" + town + "/newcomers/" + newcomer.id() + "/booking", null,
                "Authorization", coordinator.token());
        assertEquals(204, cancelled.status(), cancelled.body());
        UUID next = data.session(town, Instant.now().plus(Duration.ofDays(7)), 10, trainer.id());
        Api.Response booked = api.send("POST", "/api/v1/newcomer/bookings", Map.of("sessionId", next), "Authorization", newcomer.phone(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, booked.status(), booked.body());
        graceHasPassed(session);

        handleAll();

        assertEquals("booked-again", outcome(session, newcomer.id()));
        assertEquals(0, followUpMails(email));
    }

    @Test
    void twoInstancesSendEachFollowUpOnceAlsoThoseMadeBeforeARestart() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofHours(4)), 30, trainer.id());
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            AttendanceTestData.Newcomer newcomer = data.newcomer(town, List.of("nl", "pl", "uk", "so").get(i % 4));
            emails.add(withEmail(newcomer));
            data.book(newcomer.id(), session, "confirmed");
        }
        confirmNobodyCame(trainer, session);
        graceHasPassed(session);
        // made here and not handled, as by an instance that stopped right after
        assertEquals(16, followUps.makeDue());

        Map<String, Object> polling = new HashMap<>(mailbox.serviceProperties());
        polling.put("meedoen.no-show-follow-ups.poll-interval", "50ms");
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, polling);
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, polling)) {
            waitUntil(() -> count("SELECT count(*) FROM no_show_follow_up WHERE session_id = ? AND outcome = 'sent'", session) == 16);
            emails.forEach(mailbox::awaitOneTo);
            waitUntil(() -> count("SELECT count(*) FROM mail_outbox WHERE kind = 'no-show-follow-up' AND sent_at IS NULL") == 0);
        }
        for (String email : emails) {
            assertEquals(1, followUpMails(email), email);
            assertEquals(1, mailbox.to(email).size(), email);
        }
        assertEquals(16, count("SELECT count(*) FROM booking WHERE session_id = ? AND status = 'missed'", session));
    }

    private void confirmNobodyCame(AttendanceTestData.Staff trainer, UUID session) {
        Api.Response confirmed = api.send("POST", "/api/v1/trainer/sessions/" + session + "/attendance-confirmation",
                Map.of("present", List.of()), "Authorization", trainer.token());
        assertEquals(200, confirmed.status(), confirmed.body());
    }

    private void correctToPresent(AttendanceTestData.Staff coordinator, String town, UUID session, UUID newcomer) {
        Api.Response corrected = api.send("PUT", "/api/v1/municipalities/" + town + "/sessions/" + session + "/attendance/" + newcomer,
                Map.of("status", "present"), "Authorization", coordinator.token());
        assertEquals(200, corrected.status(), corrected.body());
    }

    /** The no-shows of the session were recorded three hours ago: longer ago than the grace period. */
    private void graceHasPassed(UUID session) {
        sql.update("UPDATE attendance SET updated_at = now() - interval '3 hours' WHERE session_id = ?", session);
    }

    private void handleAll() {
        followUps.makeDue();
        while (followUps.handleNext()) {
            // each round handles one
        }
    }

    private String withEmail(AttendanceTestData.Newcomer newcomer) {
        String email = "gemist-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        sql.update("UPDATE newcomer SET email = ? WHERE id = ?", email, newcomer.id());
        return email;
    }

    private void allowNotifications(AttendanceTestData.Newcomer newcomer) {
        // The base point of P-256: a valid public key that needs no key generator.
        Map<String, Object> subscription = Map.of("endpoint", "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID(),
                "keys", Map.of("p256dh", "BGsX0fLhLEJH-Lzm5WOkQPJ3A32BLeszoPShOUXYmMKWT-NC4v4af5uO5-tKfA-eFivOM1drMV7Oy7ZAaDe_UfU",
                        "auth", "AAAAAAAAAAAAAAAAAAAAAA"));
        Api.Response allowed = api.send("PUT", "/api/v1/newcomer/push-subscription", subscription, "Authorization", newcomer.phone());
        assertEquals(204, allowed.status(), allowed.body());
    }

    private List<String> pushes(UUID newcomer) {
        return sql.list("""
                SELECT o.payload FROM push_outbox o JOIN push_subscription s ON s.id = o.subscription_id
                JOIN newcomer_session n ON n.id = s.newcomer_session_id
                WHERE n.newcomer_id = ? AND o.kind = 'no-show-follow-up' ORDER BY o.id
                """, row -> row.getString(1), newcomer);
    }

    private long followUpMails(String email) {
        return count("SELECT count(*) FROM mail_outbox WHERE kind = 'no-show-follow-up' AND recipient = ?", email);
    }

    private String outcome(UUID session, UUID newcomer) {
        return sql.one("SELECT outcome FROM no_show_follow_up WHERE session_id = ? AND newcomer_id = ?", row -> row.getString(1), session, newcomer)
                .orElseThrow(() -> new AssertionError("no follow-up was made"));
    }

    private long count(String query, Object... parameters) {
        return data.count(query, parameters);
    }

    private static void waitUntil(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done within 30 seconds");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
