package nl.meedoen.web.validation;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;

/**
 * Why a text is not plain text a person can read, or null when it is. Plain text is NFC, uses the
 * ordinary space only, and has no control, invisible, text-direction, private-use or unassigned
 * characters; the zero-width (non-)joiners that Persian, Arabic and Indic scripts need inside words
 * are allowed between letters.
 */
final class TextRules {

    private TextRules() {
    }

    static @Nullable String problemWith(String text, int max) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String problem = problemWith(c, text, i);
            if (problem != null) {
                return problem;
            }
            visible |= Character.isLetterOrDigit(c);
            i += Character.charCount(c);
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return "must be in Unicode normal form C";
        }
        if (text.codePointCount(0, text.length()) > max) {
            return "must be at most " + max + " characters";
        }
        return visible ? null : "must contain letters or digits";
    }

    private static @Nullable String problemWith(int c, String text, int at) {
        if (Character.isSurrogate((char) c)) {
            return "must be valid Unicode (it contains an unpaired surrogate)";
        }
        if (c == ' ') {
            return null;
        }
        if (Character.isISOControl(c)) {
            return "must not contain control characters such as NUL, tabs or line breaks";
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "must use the ordinary space only";
        }
        if (isDirectionControl(c)) {
            return "must not contain text-direction controls";
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT -> isJoinerBetweenLetters(c, text, at) ? null : "must not contain invisible characters";
            case Character.PRIVATE_USE, Character.UNASSIGNED -> "must not contain private-use or unassigned characters";
            default -> null;
        };
    }

    private static boolean isDirectionControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** U+200C and U+200D shape words in Persian, Arabic and Indic scripts; alone or at an edge they only hide. */
    private static boolean isJoinerBetweenLetters(int c, String text, int at) {
        if ((c != 0x200C && c != 0x200D) || at == 0 || at + 1 >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        return (Character.isLetter(before) || isMark(before)) && Character.isLetter(text.codePointAt(at + 1));
    }

    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
