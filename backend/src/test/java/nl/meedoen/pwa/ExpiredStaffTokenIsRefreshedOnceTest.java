package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When the access token has expired, the staff screen fires several requests at once and each is refused.
 * A refresh token works once, so they must share one refresh: otherwise the second refresh presents a
 * token that was already replaced and the coordinator is signed out in the middle of their work.
 */
@MicronautTest(transactional = false)
class ExpiredStaffTokenIsRefreshedOnceTest {

    private static final String SEVERAL_CALLS_AT_ONCE = """
            async () => {
              const { callApi } = await import('/js/api.js');
              const answers = await Promise.all([
                callApi('GET', '/api/v1/staff/me'),
                callApi('GET', '/api/v1/municipalities/GM9999/newcomers'),
                callApi('GET', '/api/v1/municipalities/GM9999/staff'),
                callApi('GET', '/api/v1/municipalities/GM9999/audit-events?limit=5'),
                callApi('GET', '/api/v1/setup'),
              ]);
              return answers.length;
            }""";

    private final Chromium chromium = Chromium.shared();
    private final String app;

    ExpiredStaffTokenIsRefreshedOnceTest(EmbeddedServer server) {
        this.app = server.getURL().toString().replaceAll("/$", "");
    }

    @Test
    void severalRequestsShareOneRefreshAndTheCoordinatorStaysSignedIn(@TempDir Path profile) {
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill("coordinator@voorbeeldstad.example");
            page.locator("#staff-password").fill("Meedoen-demo-2026");
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("#newcomer-name")).isVisible();
            List<String> refreshes = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().endsWith("/api/v1/sign-in/refresh")) {
                    refreshes.add(request.url());
                }
            });

            // the access token is no longer accepted, as after its ten minutes: the server answers 401 to it
            page.evaluate("() => sessionStorage.setItem('meedoen.staff.access', 'expired.' + sessionStorage.getItem('meedoen.staff.access'))");
            Object answered = page.evaluate(SEVERAL_CALLS_AT_ONCE);

            assertEquals(5, ((Number) answered).intValue(), "every call got its answer");
            assertEquals(1, refreshes.size(), "one refresh for all of them");
            page.reload();
            assertThat(page.locator("#newcomer-name")).isVisible();
            assertEquals(3, ((Number) page.evaluate("async () => { const { callApi } = await import('/js/api.js');"
                    + " return (await Promise.all([callApi('GET', '/api/v1/staff/me'), callApi('GET', '/api/v1/setup'),"
                    + " callApi('GET', '/api/v1/staff/me')])).length; }")).intValue(), "still signed in with the refreshed tokens");
        }
    }
}
