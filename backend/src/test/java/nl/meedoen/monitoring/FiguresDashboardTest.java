package nl.meedoen.monitoring;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.CsvLines;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Cijfers" screen with the scenario's figures, on a 360 × 740 phone and a 1280 × 800 desktop: the
 * charts' bars are drawn inside the window, nothing scrolls sideways, the tables hold the scenario's numbers
 * and the CSV download works. An admin sees every municipality, with "<5" for small numbers.
 */
@MicronautTest(transactional = false)
class FiguresDashboardTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final FiguresTestData data;

    FiguresDashboardTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.data = new FiguresTestData(new Api(server, json), sql);
    }

    @Test
    void aCoordinatorReadsTheChartsAndTablesOnAPhoneAndADesktop(@TempDir Path profile) throws IOException {
        FiguresScenario scenario = new FiguresScenario(data);

        try (BrowserContext browser = chromium.phone(profile, false)) {
            Page page = browser.newPage();
            signIn(page, scenario.coordinator.email());
            page.locator("#staff-figures").click();
            page.locator("#figures-from").fill(scenario.from.toString());
            page.locator("#figures-to").fill(scenario.to.toString());
            page.locator("#figures-by").selectOption("language");
            page.locator("#figures-show").click();
            assertThat(page.locator("#figures-groups-table")).containsText("Arabisch");

            for (int[] size : List.of(new int[] {360, 740}, new int[] {1280, 800})) {
                page.setViewportSize(size[0], size[1]);
                assertBarsAreVisible(page, "#figures-funnel-chart", 7, size[0]);
                assertBarsAreVisible(page, "#figures-sessions-chart", 2, size[0]);
                Chromium.assertNoSidewaysScroll(page, "nothing scrolls sideways at " + size[0] + " px");
                assertThat(row(page, "#figures-funnel-table", "Geregistreerd")).containsText("7");
                assertEquals(List.of("7", "6", "4", "6", "4", "2", "1"), page.locator("#figures-funnel-table tbody td").allTextContents());
                assertEquals(List.of("4", "4", "2", "4", "2", "2", "1", "15"),
                        row(page, "#figures-groups-table", "Arabisch").locator("td").allTextContents());
                assertEquals(List.of("3", "2", "2", "2", "2", "0", "0", "–"),
                        row(page, "#figures-groups-table", "Pools").locator("td").allTextContents());
                assertThat(page.locator("#figures-median")).hasText("15 dagen");
                assertEquals(List.of("14", "6", "42,9%", "5", "1", "16,7%"),
                        row(page, "#figures-sessions-table", "Totaal").locator("td").allTextContents());
            }

            Download download = page.waitForDownload(() -> page.locator("#figures-download").click());
            List<List<String>> lines = CsvLines.parse(Files.readString(download.path()));
            assertTrue(lines.contains(List.of(scenario.municipality, "Cijferstad " + scenario.municipality,
                    scenario.from.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                    scenario.to.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), "taal", "Arabisch", "Ondertekend", "2")),
                    lines.toString());

            page.navigate(app + "/#/staff/" + scenario.municipality);
            assertThat(page.locator("#audit-log li").first()).containsText("cijfers gedownload");
        }
    }

    @Test
    void anAdminSeesEveryMunicipalityWithSmallNumbersHidden(@TempDir Path profile) {
        FiguresScenario scenario = new FiguresScenario(data);

        try (BrowserContext browser = chromium.phone(profile, false)) {
            Page page = browser.newPage();
            page.setViewportSize(1280, 800);
            signIn(page, "admin@meedoen.example");
            page.locator("#staff-figures-across").click();
            page.locator("#figures-from").fill(scenario.from.toString());
            page.locator("#figures-to").fill(scenario.to.toString());
            page.locator("#figures-show").click();

            Locator own = row(page, "#figures-municipalities-table", "Cijferstad " + scenario.municipality);
            assertEquals("<5", own.locator("td").nth(6).textContent(), "one newcomer registered with DUO");
            assertThat(page.locator("#figures-rule")).containsText("onder de 5");
            assertBarsAreVisible(page, "#figures-funnel-chart", 1, 1280);
            page.setViewportSize(360, 740);
            assertBarsAreVisible(page, "#figures-funnel-chart", 1, 360);
            Chromium.assertNoSidewaysScroll(page, "every municipality fits a 360 px screen");
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(app + "/#/staff");
        page.locator("#staff-email").fill(email);
        page.locator("#staff-password").fill(FiguresTestData.PASSWORD);
        page.locator("form button[type=submit]").click();
    }

    private static Locator row(Page page, String table, String header) {
        return page.locator(table + " tbody tr", new Page.LocatorOptions().setHas(page.locator("th", new Page.LocatorOptions().setHasText(header))));
    }

    /** At least {@code least} bars of non-zero size, every one of them inside the window's width. */
    private static void assertBarsAreVisible(Page page, String chart, int least, int windowWidth) {
        Locator bars = page.locator(chart + " rect.chart-bar");
        assertThat(page.locator(chart)).isVisible();
        int drawn = 0;
        for (int i = 0; i < bars.count(); i++) {
            BoundingBox box = bars.nth(i).boundingBox();
            if (box != null && box.width > 0 && box.height > 0) {
                drawn++;
                assertTrue(box.x >= 0 && box.x + box.width <= windowWidth, chart + " bar " + i + " lies outside the window: " + box.x + "+" + box.width);
            }
        }
        assertTrue(drawn >= least, chart + ": " + drawn + " bars drawn, expected at least " + least);
    }
}
