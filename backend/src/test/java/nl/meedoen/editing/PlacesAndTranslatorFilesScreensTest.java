package nl.meedoen.editing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.meedoen.editing.EditingTestData.TIGRINYA;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In real browsers: a municipality's editor adds a place on the Plaatsen screen, open past midnight and
 * closed on public holidays, and a newcomer sees it in wegwijs; a national editor downloads a translator's
 * file on the Vertaalbestanden screen and reads a changed one back in.
 */
@MicronautTest(transactional = false)
class PlacesAndTranslatorFilesScreensTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Sql sql;
    private final TestStaff staff;
    private LocalPageTestData local;
    private EditingTestData data;

    PlacesAndTranslatorFilesScreensTest(EmbeddedServer server, Sql sql, TestStaff staff) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.sql = sql;
        this.staff = staff;
    }

    @BeforeEach
    void municipalityAndPages() {
        local = new LocalPageTestData(sql);
        data = new EditingTestData(sql);
    }

    @AfterEach
    void remove() {
        local.remove();
        data.removeAll();
    }

    @Test
    void aMunicipalEditorAddsAPlaceOpenPastMidnightAndClosedOnHolidaysAndNewcomersSeeIt(@TempDir Path desk, @TempDir Path phoneProfile) {
        String editor = staff.person("plaatsen", Role.EDITOR, local.code);

        try (BrowserContext staffBrowser = chromium.phone(desk, false);
             BrowserContext phone = chromium.phone(phoneProfile, false)) {
            Page page = staffBrowser.newPage();
            signIn(page, editor);
            page.locator("#staff-places").click();
            page.locator("#place-add").click();

            // given a place with a postcode that is no Dutch postcode
            page.locator("#place-topic").selectOption(LocalPageTestData.SLUG);
            page.locator("#place-name").fill("Nachtloket Tekststad");
            page.locator("#place-street").fill("Stationsplein 1");
            page.locator("#place-postcode").fill("12345");
            page.locator("#place-city").fill("Tekststad");
            page.locator("#place-phone").fill("053 481 12 34");
            page.locator("#place-website").fill("https://nachtloket.example.nl");
            page.locator("#place-add-hours").click();
            page.locator("#place-add-hours").click();
            Locator friday = page.locator("#place-weekly .weekly-row").nth(1);
            friday.locator(".weekday").selectOption("5");
            friday.locator(".opens").fill("17:00");
            friday.locator(".closes").fill("08:00");
            page.locator("#place-add-special").click();
            Locator holidays = page.locator("#place-special .special-row").first();
            holidays.locator(".kind").selectOption("holidays");
            holidays.locator(".closed").check();

            // when it is saved, the postcode field says what is wrong; corrected, the place is kept
            page.locator("#place-save").click();
            assertThat(page.locator("#place-postcode-error")).hasText("Dit is geen Nederlandse postcode zoals 7511 JP.");
            assertThat(page.locator("#place-postcode")).hasAttribute("aria-invalid", "true");
            page.locator("#place-postcode").fill("7511 JP");
            page.locator("#place-save").click();
            assertThat(page.locator("#places-list")).containsText("Nachtloket Tekststad");

            // then a newcomer sees it in wegwijs, open until the next morning and closed on public holidays
            Page newcomer = phone.newPage();
            newcomer.navigate(app + "/?lang=nl#/wegwijs/" + local.code + "/" + LocalPageTestData.SLUG);
            Locator place = newcomer.locator(".place", new Page.LocatorOptions().setHasText("Nachtloket Tekststad"));
            assertThat(place).containsText("(tot de volgende dag)");
            assertThat(place.locator("tr", new Locator.LocatorOptions().setHasText("Feestdagen"))).containsText("Gesloten");
        }
    }

    @Test
    void aNationalEditorDownloadsATranslatorsFileAndImportsTheChangedOne(@TempDir Path desk) throws Exception {
        String slug = data.page(1, "ti");
        String editor = staff.person("vertaalbestanden", Role.EDITOR, null);

        try (BrowserContext staffBrowser = chromium.phone(desk, false)) {
            Page page = staffBrowser.newPage();
            signIn(page, editor);
            page.locator("#editing-link").click();
            page.locator("#translator-files-link").click();

            // given the Tigrinya file as XLIFF 2.0, downloaded
            page.locator("#files-export-lang").selectOption("ti");
            page.locator("#files-export-format").selectOption("xliff2");
            Download download = page.waitForDownload(() -> page.locator("#files-download").click());
            assertEquals("meedoen-ti.xlf", download.suggestedFilename());
            Document file = parse(Files.readAllBytes(download.path()));

            // when the translator changed two units and the file is read back in
            setTarget(file, "values/" + slug + "/title", "ሓድሽ ኣርእስቲ");
            setTarget(file, "values/" + slug + "/body", TIGRINYA.replace("ቀዳማይ", "ሓድሽ"));
            page.locator("#files-import-lang").selectOption("ti");
            page.locator("#files-import-format").selectOption("xliff2");
            page.locator("#files-import-file").setInputFiles(new FilePayload("meedoen-ti.xlf", "application/xliff+xml", serialise(file)));
            page.locator("#files-upload").click();

            // then the report names exactly those two units
            assertThat(page.locator("#files-changed-units li")).hasText(new String[] {
                    "values/" + slug + "/title", "values/" + slug + "/body"});
            assertThat(page.locator("#files-import-report")).containsText("Gewijzigde teksten: 2.");

            // and a broken file is refused with the reason, changing nothing
            page.locator("#files-import-file").setInputFiles(new FilePayload("kapot.xlf", "application/xliff+xml",
                    "<xliff version=\"2.0\"><file".getBytes(StandardCharsets.UTF_8)));
            page.locator("#files-upload").click();
            assertThat(page.locator("#files-import-error")).containsText("niet ingelezen");
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(app + "/#/staff");
        page.locator("#staff-email").fill(email);
        page.locator("#staff-password").fill(TestStaff.PASSWORD);
        page.locator("form button[type=submit]").click();
        // The staff home asks several things at once before it shows; a busy machine may take a while.
        assertThat(page.locator("#editing-link")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    private static void setTarget(Document document, String id, String text) {
        NodeList units = document.getElementsByTagNameNS("*", "unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            if (id.equals(unit.getAttribute("id"))) {
                unit.getElementsByTagNameNS("*", "target").item(0).setTextContent(text);
                return;
            }
        }
        throw new AssertionError("no unit " + id + " in the downloaded file");
    }

    private static byte[] serialise(Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
