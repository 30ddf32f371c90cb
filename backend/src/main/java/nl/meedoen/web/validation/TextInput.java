package nl.meedoen.web.validation;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;

/**
 * The one form in which typed text is kept: Unicode NFC, so that "é" typed as one character or as
 * "e" plus an accent is the same name, and without ordinary spaces around it. Other spaces and
 * invisible characters are not removed here: the constraints reject them, so that nobody is surprised
 * by what was stored. Request records call this from their compact constructors.
 */
public final class TextInput {

    private TextInput() {
    }

    public static @Nullable String normalised(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = 0;
        int end = nfc.length();
        while (start < end && nfc.charAt(start) == ' ') {
            start++;
        }
        while (end > start && nfc.charAt(end - 1) == ' ') {
            end--;
        }
        return nfc.substring(start, end);
    }
}
