package nl.meedoen.signing;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The canonical document a newcomer signs, and its SHA-256. The bytes are UTF-8 of this text, every
 * part normalised to Unicode NFC with line ends {@code \n}, and a part that was not shown left empty:
 *
 * <pre>
 * meedoen-declaration-document/1
 * declaration-version: 1
 * local-agreements-version: 3        (or: none)
 * translation-locale: ar             (nl when no translation was shown)
 * ===== nl: declaration =====
 * {Dutch title}
 *
 * {Dutch Markdown body}
 * ===== nl: local agreements =====
 * {Dutch local agreements}
 * ===== ar: translation =====
 * {translated title}
 *
 * {translated body}
 * ===== ar: local agreements =====
 * {translated local agreements}
 * </pre>
 *
 * Each part is followed by one {@code \n}. Anyone holding the texts can rebuild the bytes and check
 * the hash on the record.
 */
final class DocumentHash {

    static final String FORMAT = "meedoen-declaration-document/1";

    private DocumentHash() {
    }

    static String canonical(DeclarationText dutch, @Nullable LocalAgreementsVersion agreements, @Nullable DeclarationText translation) {
        String locale = translation == null ? "nl" : translation.lang();
        StringBuilder document = new StringBuilder();
        document.append(FORMAT).append('\n')
                .append("declaration-version: ").append(dutch.version()).append('\n')
                .append("local-agreements-version: ").append(agreements == null ? "none" : agreements.version()).append('\n')
                .append("translation-locale: ").append(locale).append('\n');
        part(document, "nl: declaration", dutch.title() + "\n\n" + dutch.bodyMarkdown());
        part(document, "nl: local agreements", agreements == null ? "" : agreements.dutch());
        part(document, locale + ": translation", translation == null ? "" : translation.title() + "\n\n" + translation.bodyMarkdown());
        part(document, locale + ": local agreements", agreements == null || translation == null ? "" : agreements.in(locale));
        return document.toString();
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void part(StringBuilder document, String name, String text) {
        String normalised = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        document.append("===== ").append(name).append(" =====\n").append(normalised).append('\n');
    }
}
