package nl.meedoen.signing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.content.MarkdownRenderer;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.web.PublicAddress;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates of signatures made through the ceremony, read back from the PDF: they show the texts
 * whose hash is on the record, with Arabic and Persian shaped and Tigrinya in Ethiopic script.
 */
@MicronautTest(transactional = false)
class CertificateTest {

    private static final String ONE_PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    private static final Map<String, String> LOCAL = Map.of(
            "ar", "تساعدك البلدية برفيق لغوي.",
            "fa", "شهرداری تا سال 2027 یک همراه زبانی به شما می‌دهد.",
            "ti", "ምምሕዳር ከተማ ብመሳርሕቲ ቋንቋ ይሕግዘኩም።");

    private final Api api;
    private final Sql sql;
    private final SigningTestData data;
    private final DeclarationTexts texts;
    private final LocalAgreements agreements;
    private final MarkdownRenderer markdown;
    private final PublicAddress address;

    CertificateTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities, DeclarationTexts texts,
                    LocalAgreements agreements, MarkdownRenderer markdown, PublicAddress address) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
        this.texts = texts;
        this.agreements = agreements;
        this.markdown = markdown;
        this.address = address;
    }

    /** A signed certificate as read back: its text as a reader copies it, the characters as printed, its images. */
    record Read(String text, String printed, List<BufferedImage> images, List<String> fonts) {
    }

    @Test
    void eachCertificateShowsTheTextsWhoseHashIsOnTheRecord() throws Exception {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Cas");
        Api.Response saved = api.send("PUT", data.path(municipality, "/local-agreements"),
                Map.of("dutch", "De gemeente geeft je tot 2027 een taalmaatje.", "translations", LOCAL), "Authorization", coordinator.token());
        assertEquals(200, saved.status(), saved.body());

        for (String lang : List.of("nl", "ar", "fa", "ti")) {
            UUID newcomer = data.newcomer(municipality, "Nieuwkomer " + lang.toUpperCase(Locale.ROOT), lang, "permit-holder");
            Answers.Signature signature = data.sign(municipality, coordinator, newcomer, "Nieuwkomer " + lang.toUpperCase(Locale.ROOT));
            Read certificate = read(certificate(municipality, coordinator, signature.id()));
            String shown = normalised(certificate.text());

            SignatureRow row = row(signature.id());
            DeclarationText dutch = texts.dutch(row.declarationVersion()).orElseThrow();
            DeclarationText translation = row.translationId() == null ? null : texts.byId(row.translationId()).orElseThrow();
            LocalAgreementsVersion local = agreements.version(municipality, row.localAgreementsVersion()).orElseThrow();
            assertEquals(lang, row.locale());
            assertEquals(lang.equals("nl"), translation == null);
            assertContains(shown, dutch.title() + "\n" + markdown.toPlainText(dutch.bodyMarkdown()), lang + ": the Dutch text signed");
            assertContains(shown, markdown.toPlainText(local.dutch()), lang + ": the Dutch local agreements");
            if (translation != null) {
                assertContains(shown, translation.title() + "\n" + markdown.toPlainText(translation.bodyMarkdown()), lang + ": the translation");
                assertContains(shown, markdown.toPlainText(local.in(lang)), lang + ": the translated local agreements");
            }
            assertEquals(row.documentSha256(), DocumentHash.sha256Hex(DocumentHash.canonical(dutch, local, translation)),
                    lang + ": the texts shown hash to the record");
            assertContains(shown, "Nieuwkomer " + lang.toUpperCase(Locale.ROOT), lang + ": name");
            assertContains(shown, "Tekenstad " + municipality, lang + ": municipality");
            assertContains(shown, "Coördinator Cas", lang + ": witness");
            assertContains(shown, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.of("nl")).format(LocalDate.now(ZoneId.of("Europe/Amsterdam"))),
                    lang + ": date");
            assertContains(shown, signature.verificationCode(), lang + ": verification code");
            assertEquals(address.of("/#/verify/" + signature.verificationCode()), qr(certificate.images()), lang + ": the QR code");
            assertTrue(certificate.fonts().stream().allMatch(font -> font.matches("[A-Z]{6}\\+Noto.*")),
                    lang + ": only the shipped fonts, embedded as subsets: " + certificate.fonts());

            // A letter's isolated form shares its glyph with the plain letter, so only joined forms prove shaping.
            if (lang.equals("ar")) {
                // "الحرية": lam initial, hah medial, reh final, yeh initial, teh marbuta final.
                assertPrinted(certificate.printed(), "\uFEDF\uFEA4\uFEAE\uFEF3\uFE94", "ar: Arabic letters joined within the word");
            }
            if (lang.equals("fa")) {
                // "کنیم" of "می‌کنیم": kaf initial, noon medial, yeh medial, meem final; "پا" of "پایهٔ": peh initial, alef final.
                assertPrinted(certificate.printed(), "\uFB90\uFEE8\uFBFF\uFEE2", "fa: Persian kaf and yeh joined within the word");
                assertPrinted(certificate.printed(), "\uFB58\uFE8E", "fa: Persian peh joined to the alef after it");
                assertContains(shown, "2027", "fa: a number in right-to-left text keeps its digits in order");
            }
            if (lang.equals("ti")) {
                assertTrue(certificate.printed().chars().anyMatch(c -> c >= 0x1200 && c <= 0x137F), "ti: Ethiopic script");
            }
        }
    }

    @Test
    void aDrawnSignatureIsOnTheCertificateAndARevokedSignatureHasNone() throws Exception {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Cas");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        Answers.CeremonyView ceremony = data.open(municipality, coordinator, Map.of("newcomerId", newcomer));
        assertEquals(200, data.submit(municipality, coordinator, ceremony.id(), "k", Map.of("readAndUnderstood", true, "signaturePng", ONE_PIXEL)).status());
        Answers.Signature signature = data.witness(municipality, coordinator, ceremony.id()).as(Answers.Signature.class);

        Api.Response response = api.get(data.path(municipality, "/signatures/" + signature.id() + "/certificate.pdf"),
                "Authorization", coordinator.token());
        assertEquals(200, response.status());
        assertEquals("application/pdf", response.header("Content-Type"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals(2, read(response.bytes()).images().size(), "the QR code and the drawn signature");

        api.send("POST", data.path(municipality, "/signatures/" + signature.id() + "/revocation"), Map.of("reason", "Getekend voor een ander"),
                "Authorization", coordinator.token());
        assertEquals(409, api.get(data.path(municipality, "/signatures/" + signature.id() + "/certificate.pdf"),
                "Authorization", coordinator.token()).status());
    }

    private byte[] certificate(String municipality, SigningTestData.Staff staff, UUID signature) {
        Api.Response response = api.get(data.path(municipality, "/signatures/" + signature + "/certificate.pdf"), "Authorization", staff.token());
        assertEquals(200, response.status(), response.body());
        return response.bytes();
    }

    private SignatureRow row(UUID id) {
        return sql.one("SELECT * FROM signature WHERE id = ?", Signatures::row, id).orElseThrow();
    }

    private static Read read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder printed = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(position -> printed.append(position.getUnicode()));
                    printed.append(' ');
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            List<BufferedImage> images = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getImage());
                    }
                }
                for (COSName name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    if (!fonts.contains(font)) {
                        fonts.add(font);
                    }
                }
            }
            return new Read(text, printed.toString(), images, fonts);
        }
    }

    private static String qr(List<BufferedImage> images) throws Exception {
        BufferedImage image = images.getFirst();
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    /**
     * NFKC (presentation forms back to letters), without format characters such as the zero-width
     * non-joiner and without the tatweel that a shaped mark on a joined letter brings along
     * (U+FE71 is tatweel with fathatan), punctuation and list markers as spaces, and whitespace
     * collapsed: right-to-left punctuation and bullets land in different places when a PDF is read
     * back, the words do not.
     */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\p{Cf}\u0640]", "")
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ").strip();
    }

    private static void assertContains(String shown, String expected, String what) {
        String wanted = normalised(expected);
        assertFalse(wanted.isEmpty(), what);
        assertTrue(shown.contains(wanted), what + ": expected\n" + wanted + "\nin\n" + shown);
    }

    private static void assertPrinted(String printed, String logical, String what) {
        String visual = new StringBuilder(logical).reverse().toString();
        assertTrue(printed.contains(logical) || printed.contains(visual), what + " in " + printed);
    }
}
