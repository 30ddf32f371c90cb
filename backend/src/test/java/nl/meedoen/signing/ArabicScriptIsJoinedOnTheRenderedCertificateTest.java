package nl.meedoen.signing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Looks at a certificate as a reader sees it: the page is rendered to pixels with PDFBox, and words of the
 * Arabic and the Persian translation must be drawn joined, as one stroke, not as a row of separate letters.
 *
 * <p>How: the PDF's text says where each glyph of a known word stands (its box along the baseline), whatever
 * form the glyph has. In the rendered page, only the word's box is kept — from half an em above its baseline
 * to the tails below it, so little of the lines above and below — and the ink in it is split into connected
 * pieces; dots are pieces of their own, but they lie within the word's width. A word whose letters all join onward (the test picks such words) is then one
 * piece from its first letter to its last: the widest piece covers the whole width of the word's ink. When
 * shaping is off, every letter is printed in its isolated form, with its own side bearings, and stands apart:
 * the widest piece is one letter, or a few, and covers clearly less. That is why the test does not trust the
 * PDF's text alone: an isolated form and a joined one can both read back as the same letter.
 *
 * <p>Measured: both words cover 1.0 as shaped now; with {@link PersianLetters} left out of the shaping, gaf and
 * yeh stand isolated and همبستگی covers 0.63, so the test fails.
 */
@MicronautTest(transactional = false)
class ArabicScriptIsJoinedOnTheRenderedCertificateTest {

    /** 300 DPI: at 10 pt a letter is about 40 pixels high, so a stroke joining two letters is several pixels thick. */
    private static final float DPI = 300;
    /** The widest piece of ink must cover this much of the word: joined words measure 1.0, broken ones far less. */
    private static final double JOINED = 0.97;

    private final Api api;
    private final SigningTestData data;

    ArabicScriptIsJoinedOnTheRenderedCertificateTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.data = new SigningTestData(api, sql, municipalities);
    }

    /** One glyph as drawn: its page, its text (NFKC: presentation forms as plain letters), and where it stands in points. */
    record Glyph(int page, String text, float x, float baseline, float width, float size) {
    }

    @Test
    void arabicAndPersianWordsArePrintedJoined() throws IOException {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Cas");

        // يستطيع (he can): yeh, seen, teh, tah, yeh, ain — every letter joins the next.
        double arabic = joinedness(certificate(municipality, coordinator, "ar"), "يستطيع");
        // همبستگی (solidarity): heh, meem, beh, seen, teh, gaf, yeh — gaf and yeh are two of the letters that
        // ICU's shaping leaves alone and PersianLetters gives their joined forms.
        double persian = joinedness(certificate(municipality, coordinator, "fa"), "همبستگی");

        assertTrue(arabic >= JOINED, "Arabic: the widest piece of ink covers " + arabic + " of يستطيع; joined it covers all of it");
        assertTrue(persian >= JOINED, "Persian: the widest piece of ink covers " + persian + " of همبستگی; joined it covers all of it");
    }

    private byte[] certificate(String municipality, SigningTestData.Staff coordinator, String lang) {
        UUID newcomer = data.newcomer(municipality, "Nieuwkomer " + lang, lang, "permit-holder");
        Answers.Signature signature = data.sign(municipality, coordinator, newcomer, "Nieuwkomer " + lang);
        Api.Response pdf = api.get(data.path(municipality, "/signatures/" + signature.id() + "/certificate.pdf"), "Authorization", coordinator.token());
        assertEquals(200, pdf.status(), pdf.body());
        return pdf.bytes();
    }

    /** How much of the word's ink, along its baseline, the widest connected piece covers (1.0: all of it). */
    private static double joinedness(byte[] pdf, String word) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = find(glyphs(document), word);
            Glyph first = glyphs.getFirst();
            float scale = DPI / 72;
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(first.page(), DPI, ImageType.GRAY);
            int left = Math.round(glyphs.stream().map(Glyph::x).min(Float::compare).orElseThrow() * scale);
            int right = Math.round(glyphs.stream().map(glyph -> glyph.x() + glyph.width()).max(Float::compare).orElseThrow() * scale);
            // From half an em above the baseline to the bowls and tails below it (a final yeh curls back under
            // the word): the strokes that join letters, and little of the lines above and below.
            int top = Math.round((first.baseline() - 0.5f * first.size()) * scale);
            int bottom = Math.round((first.baseline() + 0.45f * first.size()) * scale);
            return widestPiece(page, left, top, right, bottom);
        }
    }

    private static List<Glyph> glyphs(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new Glyph(getCurrentPageNo() - 1, Normalizer.normalize(text.getUnicode(), Normalizer.Form.NFKC),
                        text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), text.getFontSizeInPt()));
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    /** The glyphs of the word's first appearance, in the order drawn: left to right, so the word's letters backwards. */
    private static List<Glyph> find(List<Glyph> glyphs, String word) {
        String visual = new StringBuilder(word).reverse().toString();
        StringBuilder drawn = new StringBuilder();
        List<Integer> glyphAt = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            drawn.append(glyphs.get(i).text());
            for (int c = 0; c < glyphs.get(i).text().length(); c++) {
                glyphAt.add(i);
            }
        }
        int start = drawn.indexOf(visual);
        assertTrue(start >= 0, word + " is printed on the certificate");
        List<Glyph> found = glyphs.subList(glyphAt.get(start), glyphAt.get(start + visual.length() - 1) + 1);
        assertTrue(found.stream().allMatch(glyph -> Math.abs(glyph.baseline() - found.getFirst().baseline()) < 1), word + " stands on one line");
        return found;
    }

    /** Splits the ink in the box into 8-connected pieces and answers how much of the ink's width the widest one spans. */
    private static double widestPiece(BufferedImage page, int left, int top, int right, int bottom) {
        int width = right - left;
        int height = bottom - top;
        boolean[][] ink = new boolean[height][width];
        int inkLeft = width;
        int inkRight = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                ink[y][x] = (page.getRaster().getSample(left + x, top + y, 0)) < 128;
                if (ink[y][x]) {
                    inkLeft = Math.min(inkLeft, x);
                    inkRight = Math.max(inkRight, x);
                }
            }
        }
        assertTrue(inkRight > inkLeft, "there is ink where the word stands");
        boolean[][] seen = new boolean[height][width];
        int widest = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y][x] && !seen[y][x]) {
                    widest = Math.max(widest, spanOfPiece(ink, seen, x, y));
                }
            }
        }
        return (double) widest / (inkRight - inkLeft);
    }

    private static int spanOfPiece(boolean[][] ink, boolean[][] seen, int startX, int startY) {
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {startX, startY});
        seen[startY][startX] = true;
        int min = startX;
        int max = startX;
        while (!todo.isEmpty()) {
            int[] at = todo.pop();
            min = Math.min(min, at[0]);
            max = Math.max(max, at[0]);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = at[0] + dx;
                    int y = at[1] + dy;
                    if (y >= 0 && y < ink.length && x >= 0 && x < ink[0].length && ink[y][x] && !seen[y][x]) {
                        seen[y][x] = true;
                        todo.push(new int[] {x, y});
                    }
                }
            }
        }
        return max - min;
    }
}
