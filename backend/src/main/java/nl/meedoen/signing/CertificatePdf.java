package nl.meedoen.signing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.inject.Singleton;
import nl.meedoen.content.MarkdownRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate as a PDF: HTML laid out by openhtmltopdf, with the shipped Noto fonts embedded as subsets.
 * Every font is in every font family, so a glyph missing from one (Noto Naskh Arabic has no ASCII
 * hyphen or brackets) comes from the next. Arabic script is shaped and runs right to left; numbers in a
 * right-to-left text sit in a left-to-right span so that their digits keep their order.
 */
@Singleton
class CertificatePdf {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.of("nl"));
    private static final String LATIN = "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Ethiopic'";
    private static final String ARABIC = "'Noto Naskh Arabic', 'Noto Sans', 'Noto Sans Ethiopic'";
    private static final Map<String, String> FONTS = Map.of(
            "Noto Sans", "/fonts/NotoSans-Regular.ttf",
            "Noto Naskh Arabic", "/fonts/NotoNaskhArabic-Regular.ttf",
            "Noto Sans Ethiopic", "/fonts/NotoSansEthiopic-Regular.ttf");
    private static final Pattern TAG_OR_NUMBER = Pattern.compile("<[^>]*>|&#?[0-9a-zA-Z]+;|[0-9][0-9.,:/\\-]*[0-9]|[0-9]");

    static {
        // PDFBox keeps a cache of the system's fonts, by default in the home folder, which a service may not write.
        if (System.getProperty("pdfbox.fontcache") == null) {
            try {
                System.setProperty("pdfbox.fontcache", Files.createTempDirectory("meedoen-pdfbox").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final MarkdownRenderer markdown;

    CertificatePdf(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    byte[] render(Certificate certificate) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        FONTS.forEach((family, resource) -> builder.useFont(() -> font(resource), family));
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ShapingReorderer());
        builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
        builder.withHtmlContent(html(certificate), null);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    String html(Certificate c) {
        StringBuilder page = new StringBuilder("""
                <html lang="nl"><head><meta charset="UTF-8"/><title>Participatieverklaring</title><style>
                @page { size: A4; margin: 18mm 18mm 20mm 18mm; }
                body { font-family: %s; font-size: 10pt; line-height: 1.4; }
                h1 { font-size: 17pt; margin: 0 0 4mm 0; } h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }
                h3, h4 { font-size: 10.5pt; } .rtl { font-family: %s; direction: rtl; text-align: right; }
                .rtl ul, .rtl ol { padding-left: 0; padding-right: 6mm; }
                table.facts td { padding: 1mm 4mm 1mm 0; vertical-align: top; } .small { font-size: 8pt; color: #444; }
                .signature img { max-height: 30mm; max-width: 80mm; } .typed { font-size: 14pt; }
                .qr { float: right; width: 32mm; height: 32mm; margin-left: 6mm; } .part { page-break-inside: auto; }
                </style></head><body>
                """.formatted(LATIN, ARABIC));
        page.append("<img class=\"qr\" src=\"data:image/png;base64,").append(qrPng(c.verificationUrl())).append("\" alt=\"QR\"/>");
        page.append("<h1>Participatieverklaring</h1><table class=\"facts\">");
        fact(page, "Naam", c.newcomerName());
        fact(page, "Gemeente", c.municipalityName());
        fact(page, "Getekend op", DATE.format(c.signedAt().atZone(NETHERLANDS)));
        fact(page, "Getuige", c.witnessName());
        fact(page, "Verificatiecode", c.verificationCode());
        page.append("</table><p class=\"small\">Controleer deze verklaring op ").append(escape(c.verificationUrl())).append("</p>");
        page.append("<div class=\"signature\"><h2>Handtekening</h2>");
        if (c.signaturePng() != null) {
            page.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(c.signaturePng()))
                    .append("\" alt=\"Handtekening\"/>");
        } else {
            page.append("<p class=\"typed\">").append(escape(c.typedName() == null ? "" : c.typedName())).append("</p>");
        }
        page.append("</div>");
        page.append("<div class=\"part\" lang=\"nl\"><p class=\"small\">De getekende tekst</p><h2>").append(escape(c.dutch().title())).append("</h2>")
                .append(markdown.toSafeHtml(c.dutch().bodyMarkdown()));
        if (c.agreements() != null) {
            page.append("<h2>Lokale afspraken</h2>").append(markdown.toSafeHtml(c.agreements().dutch()));
        }
        page.append("</div>");
        if (c.translation() != null) {
            String attributes = " lang=\"" + c.locale() + "\"" + (c.rightToLeft() ? " dir=\"rtl\" class=\"part rtl\"" : " class=\"part\"");
            page.append("<div").append(attributes).append("><p class=\"small\">Vertaling, om te begrijpen wat je tekent (")
                    .append(c.locale()).append(")</p><h2>").append(escape(c.translation().title())).append("</h2>")
                    .append(numbersLeftToRight(markdown.toSafeHtml(c.translation().bodyMarkdown()), c.rightToLeft()));
            String local = c.agreements() == null ? "" : c.agreements().in(c.locale());
            if (!local.isEmpty()) {
                page.append("<hr/>").append(numbersLeftToRight(markdown.toSafeHtml(local), c.rightToLeft()));
            }
            page.append("</div>");
        }
        page.append("<p class=\"small\">SHA-256 van het document: ").append(c.documentSha256()).append("</p></body></html>");
        return page.toString();
    }

    private static void fact(StringBuilder page, String label, String value) {
        page.append("<tr><td>").append(label).append("</td><td>").append(escape(value)).append("</td></tr>");
    }

    /** Wraps every number outside the tags and character references in a left-to-right span. */
    static String numbersLeftToRight(String html, boolean rightToLeft) {
        if (!rightToLeft) {
            return html;
        }
        Matcher matcher = TAG_OR_NUMBER.matcher(html);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group();
            matcher.appendReplacement(result, Matcher.quoteReplacement(
                    found.startsWith("<") || found.startsWith("&") ? found : "<span dir=\"ltr\">" + found + "</span>"));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int scale = 8;
            BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream font(String resource) {
        InputStream font = CertificatePdf.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IllegalStateException("font " + resource + " is missing from the service");
        }
        return font;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
