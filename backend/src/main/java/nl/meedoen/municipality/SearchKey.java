package nl.meedoen.municipality;

import com.ibm.icu.text.Transliterator;

/**
 * Folds a name for searching: lower case, accents removed, punctuation turned into spaces, so that
 * "hertogenbosch" finds "'s-Hertogenbosch" and "sudwest" finds "Súdwest-Fryslân".
 */
public final class SearchKey {

    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Lower");

    private SearchKey() {
    }

    public static String of(String text) {
        return FOLD.transliterate(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
