package nl.meedoen.push;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.CapturedLogs;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A notice queued by an instance that stops before sending it is sent once by the instance that
 * starts next, with the same server key: the key is made once and every instance reads the same one.
 * The instance the test runs in does not send (it has no contact for push services), so only the
 * instances started here do.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushAcrossRestartsTest implements TestPropertyProvider {

    private final FakePushService pushService = new FakePushService();
    private Api api;
    private Sql database;

    @Serdeable
    record Key(String publicKey) {
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(TrustingPushClient.PROPERTY, "true", "meedoen.push.services", "localhost");
    }

    @BeforeAll
    void connect(EmbeddedServer server, JsonMapper json, Sql sql) {
        api = new Api(server, json);
        database = sql;
    }

    @AfterAll
    void stop() {
        pushService.close();
    }

    @Test
    void aNoticeQueuedBeforeARestartIsSentOnceAfterIt() {
        // given a phone that allowed notifications
        LinkedPhones.Phone phone = new LinkedPhones(api).newcomerInLanguage("nl");
        String endpoint = pushService.newEndpoint();
        assertEquals(204, api.send("PUT", "/api/v1/newcomer/push-subscription", new TestBrowser().subscription(endpoint),
                "Authorization", phone.authorization()).status());
        byte[] published = Base64.getUrlDecoder().decode(api.get("/api/v1/push/vapid-public-key").as(Key.class).publicKey());
        String dedupKey = "reminder-2d:" + UUID.randomUUID();

        // when an instance that cannot send (no contact for push services, which its log says) queues a notice and stops
        try (CapturedLogs logs = new CapturedLogs();
             ApplicationContext stopping = ApplicationContext.run(new HashMap<String, Object>(getProperties()))) {
            assertTrue(logs.lines().stream().anyMatch(line -> line.contains("MEEDOEN_PUSH_CONTACT")), "the start-up log warns");
            assertEquals(1, Notices.queue(stopping, phone.newcomer(), Notices.reminder(dedupKey)));
            assertArrayEquals(published, stopping.getBean(ServerKey.class).publicKey(), "one key for every instance");
        }
        assertFalse(Notices.row(database, dedupKey).sent());
        assertEquals(0, pushService.receivedAt(endpoint).size());

        // and another instance starts
        try (ApplicationContext next = ApplicationContext.run(new HashMap<String, Object>(Notices.sending("100ms")))) {

            // then it sends the notice, once
            FakePushService.await(() -> Notices.row(database, dedupKey).sent(), "sent by the next instance");
            assertEquals(1, pushService.awaitAt(endpoint, 1).size());
            assertArrayEquals(published, next.getBean(ServerKey.class).publicKey(), "the key was not made again");
        }

        // and an instance after that finds nothing to send again
        try (ApplicationContext later = ApplicationContext.run(new HashMap<String, Object>(Notices.sending("1h")))) {
            PushSender sender = later.getBean(PushSender.class);
            while (sender.sendNext()) {
                Thread.onSpinWait();
            }
        }
        assertEquals(1, pushService.receivedAt(endpoint).size());
        assertEquals(1, Notices.row(database, dedupKey).attempts());
    }

    @Test
    void theKeyIsStoredOnceAndIsAPointOnTheCurve() {
        byte[] published = Base64.getUrlDecoder().decode(api.get("/api/v1/push/vapid-public-key").as(Key.class).publicKey());

        assertEquals(65, published.length);
        assertEquals(4, published[0]);
        assertEquals(1, database.one("SELECT count(*) FROM push_vapid_key", result -> result.getInt(1)).orElseThrow());
        byte[] stored = database.one("SELECT public_key FROM push_vapid_key", result -> result.getBytes(1)).orElseThrow();
        assertTrue(Arrays.equals(published, stored));
        BrowserKeys.decode(TestBrowser.base64url(published), TestBrowser.base64url(new byte[16]));
    }
}
