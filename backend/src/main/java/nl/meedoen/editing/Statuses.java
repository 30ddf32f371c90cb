package nl.meedoen.editing;

import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;

import java.util.Map;

/** The rules that turn stored texts into a status, in one place so that every screen and count agrees. */
final class Statuses {

    private Statuses() {
    }

    /**
     * The status of a page in a language, given the page's current Dutch version and the page's stored
     * texts by language. A translation made from an older Dutch version is outdated whatever its review.
     */
    static TextStatus of(SupportedLocale locale, int pageVersion, Map<String, TextState> textsByLang) {
        return of(locale, pageVersion, textsByLang, false);
    }

    /** As above; a text handed out to a translator that is not current is in translation until it comes back. */
    static TextStatus of(SupportedLocale locale, int pageVersion, Map<String, TextState> textsByLang, boolean handedOut) {
        TextStatus status = stored(locale, pageVersion, textsByLang);
        boolean current = status == TextStatus.SOURCE || status == TextStatus.UNREVIEWED || status == TextStatus.REVIEWED;
        return handedOut && !current ? TextStatus.IN_TRANSLATION : status;
    }

    private static TextStatus stored(SupportedLocale locale, int pageVersion, Map<String, TextState> textsByLang) {
        if (locale.code().equals(SupportedLocales.SOURCE)) {
            return TextStatus.SOURCE;
        }
        TextState own = textsByLang.get(locale.code());
        if (own == null) {
            boolean related = locale.fallbacks().stream()
                    .anyMatch(lang -> !lang.equals(SupportedLocales.SOURCE) && textsByLang.containsKey(lang));
            return related ? TextStatus.FALLBACK : TextStatus.MISSING;
        }
        if (own.sourceVersion() < pageVersion) {
            return TextStatus.OUTDATED;
        }
        return own.reviewStatus().equals("reviewed") ? TextStatus.REVIEWED : TextStatus.UNREVIEWED;
    }
}
