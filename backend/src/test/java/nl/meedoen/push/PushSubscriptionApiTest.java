package nl.meedoen.push;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phone stores and withdraws its subscription; anything that is not a subscription to a known push
 * service is a 400 that says what is wrong; only a linked phone may call; a phone that is signed out
 * keeps no subscription that counts.
 */
@MicronautTest(transactional = false)
class PushSubscriptionApiTest {

    private static final String PATH = "/api/v1/newcomer/push-subscription";

    private final ApplicationContext instance;
    private final Api api;
    private final Sql database;
    private final LinkedPhones phones;

    /** The default push services, so that the endpoint is checked as in production; this instance sends nothing. */
    PushSubscriptionApiTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.instance = server.getApplicationContext();
        this.api = new Api(server, json);
        this.database = database;
        this.phones = new LinkedPhones(api);
    }

    @Serdeable
    record InvalidParam(String name, String reason) {
    }

    @Serdeable
    record Invalid(String detail, List<InvalidParam> invalidParams) {
    }

    @Test
    void aPhoneStoresItsSubscriptionOnceAndWithdrawsIt() {
        LinkedPhones.Phone phone = phones.newcomerInLanguage("nl");
        String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        Map<String, Object> subscription = new TestBrowser().subscription(endpoint);

        assertEquals(204, api.send("PUT", PATH, subscription, "Authorization", phone.authorization()).status());
        Api.Response again = api.send("PUT", PATH, subscription, "Authorization", phone.authorization());
        assertEquals(204, again.status());
        assertEquals("no-store", again.header("Cache-Control"));
        assertEquals(1, Notices.subscriptions(database, endpoint));

        String newer = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        assertEquals(204, api.send("PUT", PATH, new TestBrowser().subscription(newer), "Authorization", phone.authorization()).status());
        assertEquals(0, Notices.subscriptions(database, endpoint), "one subscription per phone: the new one replaces it");
        assertEquals(1, Notices.subscriptions(database, newer));

        Api.Response withdrawn = api.send("DELETE", PATH, null, "Authorization", phone.authorization());
        assertEquals(204, withdrawn.status());
        assertEquals(0, Notices.subscriptions(database, newer));
        assertEquals(204, api.send("DELETE", PATH, null, "Authorization", phone.authorization()).status(), "withdrawing twice is fine");
    }

    @Test
    void anEndpointBelongsToTheLastPhoneThatSentIt() {
        LinkedPhones.Phone first = phones.newcomerInLanguage("nl");
        LinkedPhones.Phone second = phones.newcomerInLanguage("ar");
        String endpoint = "https://updates.push.services.mozilla.com/wpush/v2/" + UUID.randomUUID();

        api.send("PUT", PATH, new TestBrowser().subscription(endpoint), "Authorization", first.authorization());
        api.send("PUT", PATH, new TestBrowser().subscription(endpoint), "Authorization", second.authorization());

        assertEquals(1, Notices.subscriptions(database, endpoint));
        assertEquals(second.newcomer(), database.one("""
                SELECT ns.newcomer_id FROM push_subscription s JOIN newcomer_session ns ON ns.id = s.newcomer_session_id
                 WHERE s.endpoint = ?
                """, result -> result.getObject(1, UUID.class), endpoint).orElseThrow());
    }

    @Test
    void aLostPhoneGetsNoMoreNotices() {
        LinkedPhones.Phone lost = phones.newcomerInLanguage("nl");
        api.send("PUT", PATH, new TestBrowser().subscription("https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID()),
                "Authorization", lost.authorization());

        phones.newPhoneFor(lost.newcomer());

        assertEquals(0, Notices.queue(instance, lost.newcomer(), Notices.reminder("after-loss-" + UUID.randomUUID())));
        assertEquals(1, instance.getBean(PushSubscriptions.class).deleteOfSignedOutPhones() >= 1 ? 1 : 0,
                "the clean-up removes the lost phone's subscription");
        assertEquals(0, database.one("""
                SELECT count(*) FROM push_subscription s JOIN newcomer_session ns ON ns.id = s.newcomer_session_id
                 WHERE ns.newcomer_id = ?
                """, result -> result.getInt(1), lost.newcomer()).orElseThrow());
    }

    @Test
    void onlyALinkedPhoneMayStoreOrWithdrawASubscription() {
        Map<String, Object> subscription = new TestBrowser().subscription("https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID());

        for (String method : List.of("PUT", "DELETE")) {
            Api.Response anonymous = api.send(method, PATH, method.equals("PUT") ? subscription : null);
            assertEquals(401, anonymous.status(), method);
            assertEquals("application/problem+json", anonymous.header("Content-Type"));
            Api.Response staff = api.send(method, PATH, method.equals("PUT") ? subscription : null, "Authorization", phones.coordinator());
            assertEquals(403, staff.status(), method + " with a staff token: signed in, but not a phone");
        }
        assertEquals(200, api.get("/api/v1/push/vapid-public-key").status(), "the public key is for everyone");
    }

    @Test
    void whatIsNotASubscriptionToAKnownPushServiceIsA400ThatSaysWhy() {
        LinkedPhones.Phone phone = phones.newcomerInLanguage("nl");
        TestBrowser browser = new TestBrowser();
        Map<String, Object> good = browser.subscription("https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        Map<String, String> keys = (Map<String, String>) good.get("keys");
        byte[] notOnTheCurve = new byte[65];
        notOnTheCurve[0] = 4;
        notOnTheCurve[64] = 1;

        Map<String, Map<String, Object>> cases = Map.of(
                "endpoint", Map.of("endpoint", "http://fcm.googleapis.com/fcm/send/x", "keys", keys),
                "push service", Map.of("endpoint", "https://intranet.voorbeeldstad.nl/fcm/send/x", "keys", keys),
                "ip address", Map.of("endpoint", "https://10.0.0.1/push", "keys", keys),
                "user info", Map.of("endpoint", "https://user@fcm.googleapis.com.evil.example/x", "keys", keys),
                "too long", Map.of("endpoint", "https://fcm.googleapis.com/" + "x".repeat(1100), "keys", keys),
                "no keys", Map.of("endpoint", good.get("endpoint")),
                "p256dh", Map.of("endpoint", good.get("endpoint"), "keys", Map.of("p256dh", "bm90IGEga2V5", "auth", keys.get("auth"))),
                "curve", Map.of("endpoint", good.get("endpoint"), "keys",
                        Map.of("p256dh", TestBrowser.base64url(notOnTheCurve), "auth", keys.get("auth"))),
                "auth", Map.of("endpoint", good.get("endpoint"), "keys", Map.of("p256dh", keys.get("p256dh"), "auth", "c2hvcnQ")),
                "base64", Map.of("endpoint", good.get("endpoint"), "keys", Map.of("p256dh", keys.get("p256dh"),
                        "auth", Base64.getEncoder().encodeToString(new byte[15]) + "+/")));

        cases.forEach((what, body) -> {
            Api.Response response = api.send("PUT", PATH, body, "Authorization", phone.authorization());
            assertEquals(400, response.status(), what + ": " + response.body());
            assertEquals("application/problem+json", response.header("Content-Type"), what);
            String detail = response.as(Problem.class).detail();
            assertTrue(detail.startsWith("endpoint") || detail.startsWith("keys"), what + ": " + detail);
        });
        assertEquals(0, database.one("""
                SELECT count(*) FROM push_subscription s JOIN newcomer_session ns ON ns.id = s.newcomer_session_id
                 WHERE ns.newcomer_id = ?
                """, result -> result.getInt(1), phone.newcomer()).orElseThrow());
    }
}
