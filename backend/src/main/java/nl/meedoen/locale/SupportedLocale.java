package nl.meedoen.locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A language Meedoen ships, identified by its {@code code} (the folder name in {@code content/} and
 * {@code translations/}). Everything about how the language is written comes from ICU/CLDR through
 * {@code icu}: Dari ({@code prs}) has no CLDR locale of its own and is CLDR's Persian of Afghanistan.
 */
public record SupportedLocale(String code, ULocale icu, List<String> fallbacks) {

    static final ULocale DUTCH = ULocale.forLanguageTag("nl");

    /** This locale followed by the locales to try when a text is missing, ending in Dutch, the source. */
    public List<String> chain() {
        List<String> chain = new ArrayList<>();
        chain.add(code);
        chain.addAll(fallbacks);
        return List.copyOf(chain);
    }

    public boolean rightToLeft() {
        return icu.isRightToLeft();
    }

    public String direction() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /** The language's name as its speakers write it, as it would stand alone in a menu. */
    public String nativeName() {
        return nameIn(icu);
    }

    public String dutchName() {
        return nameIn(DUTCH);
    }

    public String script() {
        return ULocale.addLikelySubtags(icu).getScript();
    }

    public Set<String> pluralCategories() {
        return new TreeSet<>(PluralRules.forLocale(icu).getKeywords());
    }

    private String nameIn(ULocale displayLocale) {
        String name = LocaleDisplayNames.getInstance(displayLocale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
                .languageDisplayName(code);
        return UCharacter.toTitleCase(displayLocale, name, BreakIterator.getSentenceInstance(displayLocale),
                UCharacter.TITLECASE_NO_LOWERCASE);
    }
}
