package nl.meedoen.signing;

import java.util.Map;

/** One version of a municipality's local agreements: the Dutch text and its translations by language. */
record LocalAgreementsVersion(String municipality, int version, String dutch, Map<String, String> translations) {

    /** The text in a language, or empty when there is no translation into it. */
    String in(String lang) {
        return lang.equals("nl") ? dutch : translations.getOrDefault(lang, "");
    }
}
