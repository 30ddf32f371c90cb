package nl.meedoen.sessions;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The demo coordinator plans a session on the staff screen, copies it for two weeks and cancels one. */
@MicronautTest(transactional = false)
class CoordinatorPlansASessionTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;

    CoordinatorPlansASessionTest(EmbeddedServer server) {
        this.app = server.getURL().toString().replaceAll("/$", "");
    }

    @Test
    void planCopyAndCancel(@TempDir Path profile) {
        String title = "Workshop " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            page.onDialog(dialog -> dialog.accept(dialog.type().equals("prompt") ? "2" : null));
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill("coordinator@voorbeeldstad.example");
            page.locator("#staff-password").fill("Meedoen-demo-2026");
            page.locator("form button[type=submit]").click();
            page.locator("#staff-sessions").click();

            page.locator("#session-title").fill(title);
            page.locator("#session-start").fill(LocalDate.now().plusDays(30) + "T09:30");
            page.locator("#session-end").fill("12:30");
            page.locator("#session-place").fill("Buurthuis De Linde");
            page.locator("#session-address").fill("Lindelaan 4");
            page.locator("#session-capacity").fill("15");
            page.locator("#session-languages").selectOption(new String[] {"ar", "nl"});
            page.locator("#session-save").click();

            assertThat(page.locator("main [role=status]").first()).hasText("De workshop is gepland.");
            assertThat(page.locator("#sessions-table tr", new Page.LocatorOptions().setHasText(title))).hasCount(1);
            page.locator("#sessions-table tr", new Page.LocatorOptions().setHasText(title)).locator("button", new Locator.LocatorOptions().setHasText("Wekelijks kopiëren")).click();
            assertThat(page.locator("#sessions-table tr", new Page.LocatorOptions().setHasText(title))).hasCount(3);
            page.locator("#sessions-table tr", new Page.LocatorOptions().setHasText(title)).last()
                    .locator("button", new Locator.LocatorOptions().setHasText("Afgelasten")).click();
            assertThat(page.locator("main [role=status]").first()).hasText("De workshop is afgelast.");
            assertThat(page.locator("#sessions-table tr", new Page.LocatorOptions().setHasText(title)).last()).containsText("afgelast");
        }
    }
}
