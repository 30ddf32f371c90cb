package nl.meedoen.push;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A notice queued for a newcomer reaches the push service of their phone once: encrypted so that only
 * the phone's keys open it, with a VAPID token that verifies with the public key the API hands out,
 * and with the texts, language and link the feature gave.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationReachesThePhoneTest implements TestPropertyProvider {

    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_.-]+), k=([A-Za-z0-9_-]+)");

    private final FakePushService pushService = new FakePushService();
    private ApplicationContext instance;
    private Api api;
    private Sql database;
    private JsonMapper json;

    @Serdeable
    record Key(String publicKey) {
    }

    @Serdeable
    record Shown(String title, String body, String url, String lang, String dir, String tag) {
    }

    @Override
    public Map<String, String> getProperties() {
        return Notices.sending("100ms");
    }

    @BeforeAll
    void connect(EmbeddedServer server, JsonMapper mapper, Sql sql) {
        instance = server.getApplicationContext();
        api = new Api(server, mapper);
        database = sql;
        json = mapper;
    }

    @AfterAll
    void stop() {
        pushService.close();
    }

    @Test
    void theNoticeArrivesEncryptedForThePhoneWithAVapidTokenOfTheServersKey() throws Exception {
        // given a newcomer whose phone allowed notifications
        LinkedPhones.Phone phone = new LinkedPhones(api).newcomerInLanguage("ar");
        TestBrowser browser = new TestBrowser();
        String endpoint = pushService.newEndpoint();
        Api.Response subscribed;
        Api.Response key;
        List<String> logged;
        try (CapturedLogs logs = new CapturedLogs()) {
            subscribed = api.send("PUT", "/api/v1/newcomer/push-subscription", browser.subscription(endpoint), "Authorization", phone.authorization());
            key = api.get("/api/v1/push/vapid-public-key");

            // when a feature queues a notice in the newcomer's language
            int phones = Notices.queue(instance, phone.newcomer(), new PushMessage("session-reminder", "reminder-2h:" + phone.newcomer(),
                    "ar", "ورشتك اليوم", "اليوم الساعة 10:00 في مركز الحي.", "/#/bookings", Instant.now().plus(Duration.ofHours(2))));
            assertEquals(1, phones);
            FakePushService.await(() -> Notices.row(database, "reminder-2h:" + phone.newcomer()).sent(), "marked sent");
            logged = logs.lines();
        }
        assertEquals(204, subscribed.status(), subscribed.body());
        assertEquals("no-store", subscribed.header("Cache-Control"));
        assertEquals(200, key.status());
        assertTrue(key.header("Cache-Control").startsWith("public"), key.header("Cache-Control"));

        // then the push service got one request
        List<FakePushService.Received> received = pushService.awaitAt(endpoint, 1);
        assertEquals(1, received.size());
        FakePushService.Received request = received.getFirst();
        assertEquals("aes128gcm", request.headers().get("content-encoding"));
        assertEquals("high", request.headers().get("urgency"));
        long ttl = Long.parseLong(request.headers().get("ttl"));
        assertTrue(ttl > 7000 && ttl <= 7200, "TTL until the notice expires: " + ttl);

        // and the phone's keys open it, showing the texts in Arabic, right to left
        Shown shown = json.readValue(browser.decrypt(request.body()), Shown.class);
        assertEquals(new Shown("ورشتك اليوم", "اليوم الساعة 10:00 في مركز الحي.", "/#/bookings", "ar", "rtl",
                "reminder-2h:" + phone.newcomer()), shown);

        // and the VAPID token is signed with the key the API hands out, for this push service only
        Matcher vapid = VAPID.matcher(request.headers().get("authorization"));
        assertTrue(vapid.matches(), request.headers().get("authorization"));
        String publicKey = key.as(Key.class).publicKey();
        assertEquals(publicKey, vapid.group(2));
        SignedJWT token = SignedJWT.parse(vapid.group(1));
        assertEquals("ES256", token.getHeader().getAlgorithm().getName());
        assertTrue(token.verify(new ECDSAVerifier(TestBrowser.publicKeyFrom(Base64.getUrlDecoder().decode(publicKey)))), "signature");
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertEquals(List.of(pushService.origin()), claims.getAudience());
        assertEquals("mailto:push-test@voorbeeldstad.example", claims.getSubject());
        assertTrue(claims.getExpirationTime().toInstant().isAfter(Instant.now()));
        assertTrue(claims.getExpirationTime().toInstant().isBefore(Instant.now().plus(Duration.ofHours(24))), "at most 24 hours");

        // and the text is gone from the outbox, and the endpoint never reached the log
        assertEquals("", Notices.row(database, "reminder-2h:" + phone.newcomer()).payload());
        assertTrue(logged.stream().noneMatch(line -> line.contains(java.net.URI.create(endpoint).getPath())), String.join("\n", logged));
    }

    @Test
    void theSameNoticeQueuedTwiceIsSentOnce() {
        LinkedPhones.Phone phone = new LinkedPhones(api).newcomerInLanguage("nl");
        String endpoint = pushService.newEndpoint();
        assertEquals(204, api.send("PUT", "/api/v1/newcomer/push-subscription", new TestBrowser().subscription(endpoint),
                "Authorization", phone.authorization()).status());
        String dedupKey = "reminder-2d:" + UUID.randomUUID();

        assertEquals(1, Notices.queue(instance, phone.newcomer(), Notices.reminder(dedupKey)));
        FakePushService.await(() -> Notices.row(database, dedupKey).sent(), "marked sent");
        assertEquals(0, Notices.queue(instance, phone.newcomer(), Notices.reminder(dedupKey)), "queued before: nothing added");

        assertEquals(1, Notices.rows(database, dedupKey));
        assertEquals(1, pushService.receivedAt(endpoint).size());
    }

    @Test
    void aNewcomerWithoutAPhoneThatAllowedNotificationsGetsNothingQueued() {
        LinkedPhones.Phone phone = new LinkedPhones(api).newcomerInLanguage("nl");

        assertEquals(0, Notices.queue(instance, phone.newcomer(), Notices.reminder("reminder-2d:" + UUID.randomUUID())));
    }
}
