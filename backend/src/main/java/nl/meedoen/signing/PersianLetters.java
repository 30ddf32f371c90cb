package nl.meedoen.signing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import java.util.Map;

/**
 * Gives the Persian letters پ چ ژ ک گ ی their presentation forms (U+FB56–U+FBFF). ICU's
 * {@code ArabicShaping} shapes the Arabic letters around them but leaves these six as they are, and a
 * PDF prints a letter as it is: they would stand isolated and break the word. A letter joins the one
 * before it when that one joins onward (a dual-joining letter, or an initial or medial form), and the
 * one after it when that one joins back (a dual- or right-joining letter, or a medial or final form);
 * marks in between are skipped. Run it on text in logical order, before or after ICU's shaping.
 */
final class PersianLetters {

    /** Isolated, final, initial and medial form; ژ joins only to the letter before it. */
    private static final Map<Character, char[]> FORMS = Map.of(
            '\u067E', new char[] {'\uFB56', '\uFB57', '\uFB58', '\uFB59'},
            '\u0686', new char[] {'\uFB7A', '\uFB7B', '\uFB7C', '\uFB7D'},
            '\u0698', new char[] {'\uFB8A', '\uFB8B', '\uFB8A', '\uFB8B'},
            '\u06A9', new char[] {'\uFB8E', '\uFB8F', '\uFB90', '\uFB91'},
            '\u06AF', new char[] {'\uFB92', '\uFB93', '\uFB94', '\uFB95'},
            '\u06CC', new char[] {'\uFBFC', '\uFBFD', '\uFBFE', '\uFBFF'});

    private PersianLetters() {
    }

    static String shaped(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char[] forms = FORMS.get(text.charAt(i));
            if (forms == null) {
                continue;
            }
            boolean joinsBefore = joinsOnward(text, before(text, i));
            boolean joinsAfter = forms[2] != forms[0] && joinsBack(text, after(text, i));
            chars[i] = forms[(joinsBefore ? 1 : 0) + (joinsAfter ? 2 : 0)];
            changed = true;
        }
        return changed ? new String(chars) : text;
    }

    private static int before(String text, int index) {
        int i = index - 1;
        while (i >= 0 && isMark(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int after(String text, int index) {
        int i = index + 1;
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean joinsOnward(String text, int index) {
        if (index < 0) {
            return false;
        }
        char c = text.charAt(index);
        if (FORMS.containsKey(c)) {
            return FORMS.get(c)[2] != FORMS.get(c)[0];
        }
        int form = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        if (form == UCharacter.DecompositionType.INITIAL || form == UCharacter.DecompositionType.MEDIAL) {
            return true;
        }
        int joining = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        return form == UCharacter.DecompositionType.NONE
                && (joining == UCharacter.JoiningType.DUAL_JOINING || joining == UCharacter.JoiningType.JOIN_CAUSING);
    }

    private static boolean joinsBack(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        if (FORMS.containsKey(c)) {
            return true;
        }
        int form = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        if (form == UCharacter.DecompositionType.FINAL || form == UCharacter.DecompositionType.MEDIAL) {
            return true;
        }
        int joining = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        return form == UCharacter.DecompositionType.NONE && (joining == UCharacter.JoiningType.DUAL_JOINING
                || joining == UCharacter.JoiningType.RIGHT_JOINING || joining == UCharacter.JoiningType.JOIN_CAUSING);
    }

    private static boolean isMark(char c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) == UCharacter.JoiningType.TRANSPARENT;
    }
}
