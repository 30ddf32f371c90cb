package nl.meedoen.push;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The newcomer's side in a real browser. Headless Chromium cannot reach a push service, so two
 * things stand in for one: {@code PushManager.subscribe} hands out a subscription made by the test
 * (everything around it, the permission after a tap, the server's key, storing and withdrawing it,
 * is the app's own code), and a push message is delivered to the service worker through the DevTools
 * protocol, the way the push service would hand it to the browser.
 */
@MicronautTest(transactional = false)
class NotificationsInTheAppTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final Sql database;
    private final JsonMapper json;

    NotificationsInTheAppTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.database = database;
        this.json = json;
    }

    @Test
    void aLinkedNewcomerTurnsNotificationsOnAndOffWithOneTap(@TempDir Path profile) throws Exception {
        LinkedPhones.Phone phone = new LinkedPhones(api).newcomerInLanguage("nl");
        String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        String subscription = json.writeValueAsString(new TestBrowser().subscription(endpoint));

        try (BrowserContext browser = chromium.phone(profile, false)) {
            browser.grantPermissions(List.of("notifications"), new BrowserContext.GrantPermissionsOptions().setOrigin(app));
            browser.addInitScript(fakePushService(subscription));
            Page page = linkedPhoneAtHome(browser, phone);

            // when the newcomer taps the button
            assertThat(page.locator("#push-status")).hasText("Meldingen staan uit op deze telefoon.");
            page.getByText("Meldingen aanzetten").click();

            // then the phone subscribed with the server's key, and the server keeps the subscription
            assertThat(page.locator("#push-status")).hasText("Meldingen staan aan op deze telefoon.");
            assertEquals(api.get("/api/v1/push/vapid-public-key").as(NotificationReachesThePhoneTest.Key.class).publicKey(),
                    page.evaluate("window.subscribedWithKey"));
            assertEquals(1, Notices.subscriptions(database, endpoint));

            // and a second tap withdraws it
            page.getByText("Meldingen uitzetten").click();
            assertThat(page.locator("#push-status")).hasText("Meldingen staan uit op deze telefoon.");
            assertEquals(0, Notices.subscriptions(database, endpoint));
        }
    }

    @Test
    void theServiceWorkerShowsThePushedNoticeInTheNewcomersLanguage(@TempDir Path profile) {
        try (BrowserContext browser = chromium.phone(profile, false)) {
            browser.grantPermissions(List.of("notifications"), new BrowserContext.GrantPermissionsOptions().setOrigin(app));
            Page page = browser.newPage();
            page.navigate(app + "/?lang=ar");
            // A push reaches only a worker that finished activating; one still activating drops it.
            Chromium.awaitInPage(page, "async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated'");

            CDPSession devTools = browser.newCDPSession(page);
            AtomicReference<String> registration = new AtomicReference<>();
            AtomicReference<String> worker = new AtomicReference<>("");  // status/runningStatus
            devTools.on("ServiceWorker.workerRegistrationUpdated", event -> event.getAsJsonArray("registrations").forEach(each -> {
                JsonObject one = each.getAsJsonObject();
                if (one.get("scopeURL").getAsString().startsWith(app) && !one.get("isDeleted").getAsBoolean()) {
                    registration.set(one.get("registrationId").getAsString());
                }
            }));
            devTools.on("ServiceWorker.workerVersionUpdated", event -> event.getAsJsonArray("versions").forEach(each -> {
                JsonObject version = each.getAsJsonObject();
                worker.set(version.get("status").getAsString() + "/" + version.get("runningStatus").getAsString());
            }));
            devTools.send("ServiceWorker.enable");
            // Playwright hands out DevTools events while it waits, so this wait is its own.
            page.waitForCondition(() -> registration.get() != null && worker.get().startsWith("activated/"));

            JsonObject push = new JsonObject();
            push.addProperty("origin", app);
            push.addProperty("registrationId", registration.get());
            push.addProperty("data", """
                    {"title":"ورشتك غدًا","body":"غدًا الساعة 10:00 في مركز الحي.","url":"/#/values","lang":"ar","dir":"rtl","tag":"reminder-2d:test"}""");
            // Now and then the worker drops a message from the DevTools protocol (when it is being stopped or
            // started on a busy machine); it is then delivered again, as a push service would. The tag makes
            // a message that did arrive twice show once, which the count below checks.
            int notifications = 0;
            for (int attempt = 1; attempt <= 3 && notifications == 0; attempt++) {
                devTools.send("ServiceWorker.deliverPushMessage", push);
                notifications = shownNotifications(page, Duration.ofSeconds(10));
            }
            assertEquals(1, notifications);
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) page.evaluate("""
                    async () => {
                      const [notice] = await (await navigator.serviceWorker.ready).getNotifications();
                      return { title: notice.title, body: notice.body, lang: notice.lang, dir: notice.dir, tag: notice.tag, url: notice.data.url };
                    }""");
            assertEquals(Map.of("title", "ورشتك غدًا", "body", "غدًا الساعة 10:00 في مركز الحي.", "lang", "ar", "dir", "rtl",
                    "tag", "reminder-2d:test", "url", "/#/values"), shown);
        }
    }

    @Test
    void aPhoneThatIsNotLinkedShowsNoSwitch(@TempDir Path profile) {
        try (BrowserContext browser = chromium.phone(profile, false)) {
            Page page = browser.newPage();
            page.navigate(app + "/?lang=nl");
            assertThat(page.locator("h1")).hasText("Welkom");
            assertThat(page.locator(".push-settings")).hasCount(0);
        }
    }

    /** How many notifications the app shows, once there is one or the time is up. */
    private static int shownNotifications(Page page, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        int shown;
        do {
            shown = ((Number) page.evaluate("async () => (await (await navigator.serviceWorker.ready).getNotifications()).length")).intValue();
        } while (shown == 0 && Instant.now().isBefore(deadline) && pause());
        return shown;
    }

    private static boolean pause() {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        return true;
    }

    private Page linkedPhoneAtHome(BrowserContext browser, LinkedPhones.Phone phone) {
        Page page = browser.newPage();
        page.navigate(app + "/?lang=nl");
        assertThat(page.locator("h1")).hasText("Welkom");
        page.evaluate("token => localStorage.setItem('meedoen.newcomer.token', token)", phone.authorization().substring("Bearer ".length()));
        page.reload();
        Chromium.awaitInPage(page, "async () => Boolean(await navigator.serviceWorker.ready)");
        return page;
    }

    /** PushManager as it behaves once the browser's push service has answered, with the test's subscription. */
    private static String fakePushService(String subscription) {
        return """
                (() => {
                  let current = null;
                  const toBase64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
                    .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
                  PushManager.prototype.subscribe = async function (options) {
                    window.subscribedWithKey = toBase64url(options.applicationServerKey);
                    const json = %s;
                    current = { endpoint: json.endpoint, options, toJSON: () => json,
                                unsubscribe: async () => { current = null; return true; } };
                    return current;
                  };
                  PushManager.prototype.getSubscription = async function () { return current; };
                })();
                """.formatted(subscription);
    }
}
