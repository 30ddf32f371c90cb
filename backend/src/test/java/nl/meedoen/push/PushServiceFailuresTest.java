package nl.meedoen.push;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the push service answers decides what happens next: a passing failure is tried again later
 * and then delivered once, an ended subscription is removed with its waiting notices, a refusal is not
 * repeated, and a notice past its validity is not sent at all.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushServiceFailuresTest implements TestPropertyProvider {

    private final FakePushService pushService = new FakePushService();
    private ApplicationContext instance;
    private Api api;
    private Sql database;

    @Override
    public Map<String, String> getProperties() {
        return Notices.sending("100ms");
    }

    @BeforeAll
    void connect(EmbeddedServer server, JsonMapper json, Sql sql) {
        instance = server.getApplicationContext();
        api = new Api(server, json);
        database = sql;
    }

    @AfterAll
    void stop() {
        pushService.close();
    }

    @Test
    void aServiceThatIsUnavailableGetsTheNoticeLaterAndOnce() {
        // given a push service that answers 503 twice
        Subscribed phone = subscribedPhone();
        String endpoint = phone.endpoint();
        pushService.answer(endpoint, 503, 503);
        String dedupKey = "reminder-2h:" + UUID.randomUUID();

        // when a notice is queued
        Notices.queue(instance, phone.newcomer(), Notices.reminder(dedupKey));

        // then it was tried again after the failures, and delivered on the third attempt
        FakePushService.await(() -> Notices.row(database, dedupKey).sent(), "sent after the service came back");
        Notices.Row row = Notices.row(database, dedupKey);
        assertEquals(3, row.attempts());
        assertEquals(null, row.lastError());
        assertEquals(3, pushService.receivedAt(endpoint).size(), "two refused, one accepted");
    }

    @Test
    void aFailureThatMayPassIsStoredByItsStatusOnly() {
        Subscribed phone = subscribedPhone();
        String endpoint = phone.endpoint();
        pushService.answer(endpoint, 503, 503, 503, 503, 503, 503, 503, 503);
        String dedupKey = "reminder-2h:" + UUID.randomUUID();

        Notices.queue(instance, phone.newcomer(), Notices.reminder(dedupKey));

        FakePushService.await(() -> Notices.row(database, dedupKey).attempts() >= 1, "a failed attempt");
        Notices.Row failed = Notices.row(database, dedupKey);
        assertFalse(failed.sent());
        assertEquals("HTTP 503", failed.lastError());
        database.update("DELETE FROM push_subscription WHERE endpoint = ?", endpoint);
    }

    @Test
    void aSubscriptionThatEndedIsRemovedWithItsWaitingNotices() {
        // given a phone whose subscription the push service no longer knows
        Subscribed phone = subscribedPhone();
        String endpoint = phone.endpoint();
        pushService.answer(endpoint, 410);
        String dedupKey = "reminder-2h:" + UUID.randomUUID();

        // when a notice is queued
        Notices.queue(instance, phone.newcomer(), Notices.reminder(dedupKey));

        // then the subscription and the notice are gone after the one attempt
        FakePushService.await(() -> Notices.subscriptions(database, endpoint) == 0, "the subscription removed");
        assertEquals(0, Notices.rows(database, dedupKey));
        assertEquals(1, pushService.receivedAt(endpoint).size());
    }

    @Test
    void aRefusedNoticeIsNotTriedAgain() {
        Subscribed phone = subscribedPhone();
        String endpoint = phone.endpoint();
        pushService.answer(endpoint, 413);
        String dedupKey = "reminder-2h:" + UUID.randomUUID();

        Notices.queue(instance, phone.newcomer(), Notices.reminder(dedupKey));

        FakePushService.await(() -> Notices.row(database, dedupKey).givenUp(), "given up");
        Notices.Row row = Notices.row(database, dedupKey);
        assertEquals("HTTP 413", row.lastError());
        assertEquals(1, row.attempts());
        assertEquals("", row.payload());
        assertEquals(1, Notices.subscriptions(database, endpoint), "the subscription itself is fine");
    }

    @Test
    void aNoticePastItsValidityIsNotSent() {
        Subscribed phone = subscribedPhone();
        String endpoint = phone.endpoint();
        pushService.answer(endpoint, 503);
        String dedupKey = "reminder-2h:" + UUID.randomUUID();
        Notices.queue(instance, phone.newcomer(), Notices.reminder(dedupKey));
        FakePushService.await(() -> Notices.row(database, dedupKey).attempts() == 1, "the first attempt failed");

        // when the session has begun before the next attempt
        database.update("UPDATE push_outbox SET created_at = now() - interval '1 hour', valid_until = now() - interval '1 second', next_attempt_at = now() WHERE dedup_key = ?",
                dedupKey);

        FakePushService.await(() -> Notices.row(database, dedupKey).givenUp(), "given up");
        assertEquals("expired", Notices.row(database, dedupKey).lastError());
        assertEquals(1, pushService.receivedAt(endpoint).size());
        assertTrue(Notices.row(database, dedupKey).payload().isEmpty());
    }

    @Test
    void aSubscriptionWithUnusableKeysIsRemovedAndHoldsUpNoOtherNotice() {
        // given a phone whose stored key is not a point on the curve, and a phone that is fine
        Subscribed broken = subscribedPhone();
        byte[] offTheCurve = new byte[65];
        java.util.Arrays.fill(offTheCurve, (byte) 1);
        offTheCurve[0] = 4;
        database.update("UPDATE push_subscription SET p256dh = ? WHERE endpoint = ?", offTheCurve, broken.endpoint());
        Subscribed fine = subscribedPhone();
        String brokenKey = "reminder-2h:" + UUID.randomUUID();
        String fineKey = "reminder-2h:" + UUID.randomUUID();

        // when a notice is queued for each, the broken one first
        Notices.queue(instance, broken.newcomer(), Notices.reminder(brokenKey));
        Notices.queue(instance, fine.newcomer(), Notices.reminder(fineKey));

        // then the broken subscription is removed with its notice, and the other notice is delivered
        FakePushService.await(() -> Notices.row(database, fineKey).sent(), "the other notice sent");
        FakePushService.await(() -> Notices.subscriptions(database, broken.endpoint()) == 0, "the broken subscription removed");
        assertEquals(0, Notices.rows(database, brokenKey));
        assertEquals(0, pushService.receivedAt(broken.endpoint()).size(), "nothing went out for the unusable keys");
    }

    @Test
    void aNoticeQueuedAfterItsValidityIsNotQueued() {
        Subscribed phone = subscribedPhone();
        String endpoint = phone.endpoint();

        int phones = Notices.queue(instance, phone.newcomer(), new PushMessage("session-reminder", "late-" + UUID.randomUUID(), "nl",
                "Te laat", "Deze herinnering komt te laat.", "/#/", Instant.now().minus(Duration.ofMinutes(1))));

        assertEquals(0, phones);
    }

    record Subscribed(UUID newcomer, String endpoint) {
    }

    private Subscribed subscribedPhone() {
        LinkedPhones.Phone phone = new LinkedPhones(api).newcomerInLanguage("nl");
        String endpoint = pushService.newEndpoint();
        Api.Response response = api.send("PUT", "/api/v1/newcomer/push-subscription", new TestBrowser().subscription(endpoint),
                "Authorization", phone.authorization());
        assertEquals(204, response.status(), response.body());
        return new Subscribed(phone.newcomer(), endpoint);
    }
}
