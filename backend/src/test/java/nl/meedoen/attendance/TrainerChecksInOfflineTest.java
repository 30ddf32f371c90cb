package nl.meedoen.attendance;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In a basement without signal, a trainer checks in three newcomers on their phone — one by a photo
 * of the newcomer's QR code, two by ticking their names — reloads the app still offline, and once
 * the connection returns the server has exactly three attendances.
 */
@MicronautTest(transactional = false)
class TrainerChecksInOfflineTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final AttendanceTestData data;

    TrainerChecksInOfflineTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.data = new AttendanceTestData(api, sql);
    }

    @Test
    void threeCheckInsMadeOfflineSurviveAReloadAndReachTheServerOnce(@TempDir Path profile) throws IOException {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(20)), 10, trainer.id());
        AttendanceTestData.Newcomer scanned = data.newcomer(town, "ar");
        AttendanceTestData.Newcomer first = data.newcomer(town, "ti");
        AttendanceTestData.Newcomer second = data.newcomer(town, "uk");
        AttendanceTestData.Newcomer absent = data.newcomer(town, "so");
        for (AttendanceTestData.Newcomer newcomer : new AttendanceTestData.Newcomer[] {scanned, first, second, absent}) {
            data.book(newcomer.id(), session, "confirmed");
        }
        String code = api.get("/api/v1/newcomer/booking/check-in-code", "Authorization", scanned.phone()).as(TrainerApi.Code.class).code();

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill(data.emailOf(trainer.id()));
            page.locator("#staff-password").fill(AttendanceTestData.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.locator("#staff-trainer").click();
            page.locator("#trainer-sessions a").first().click();
            Locator roster = page.locator("#roster > li");
            assertThat(roster).hasCount(4);
            Chromium.awaitInPage(page, "async () => Boolean(navigator.serviceWorker.controller) && await caches.has('meedoen-shell-v12')");

            phone.setOffline(true);
            page.locator("#scan-photo").setInputFiles(new FilePayload("code.png", "image/png", png(code)));
            assertThat(page.locator("#trainer-pending")).containsText("Wacht op verbinding: 1 ");
            page.locator("li[data-newcomer='" + first.id() + "'] button").click();
            assertThat(page.locator("#trainer-pending")).containsText("Wacht op verbinding: 2 ");
            page.locator("li[data-newcomer='" + second.id() + "'] button").click();
            assertThat(page.locator("#trainer-pending")).containsText("Wacht op verbinding: 3 ");

            page.reload();
            assertThat(page.locator("#trainer-offline")).isVisible();
            assertThat(page.locator("#trainer-pending")).containsText("Wacht op verbinding: 3 ");
            assertThat(page.locator("li[data-newcomer='" + absent.id() + "'] button")).isVisible();
            assertEquals(0, data.count("SELECT count(*) FROM attendance WHERE session_id = ?", session));

            phone.setOffline(false);
            awaitCount(3, "SELECT count(*) FROM check_in WHERE session_id = ?", session);
            assertEquals(3, data.count("SELECT count(*) FROM attendance WHERE session_id = ? AND status = 'present'", session));
            assertEquals(1, data.count("SELECT count(*) FROM check_in WHERE session_id = ? AND newcomer_id = ? AND method = 'scan'",
                    session, scanned.id()));
            page.reload();
            assertThat(page.locator("li[data-newcomer='" + second.id() + "'] .attendance-state")).hasText("aanwezig");
            assertThat(page.locator("#trainer-pending")).hasCount(0);
        }
        assertEquals(3, data.count("SELECT count(*) FROM attendance WHERE session_id = ?", session));
    }

    private void awaitCount(long expected, String sql, Object... parameters) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (data.count(sql, parameters) != expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still " + data.count(sql, parameters) + " after 30 s, expected " + expected);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** The newcomer's QR code as a photo would show it: black on white, with a quiet zone. */
    private static byte[] png(String text) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400, Map.of(EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (com.google.zxing.WriterException e) {
            throw new IOException(e);
        }
    }
}
