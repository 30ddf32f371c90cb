package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;

/** What the status of one stored local page text depends on, with the municipality it belongs to. */
@Introspected
record LocalTextState(String municipalityCode, String municipalityName, String slug, int pageVersion, String lang,
                      int sourceVersion, String reviewStatus) {

    TextState state() {
        return new TextState("local", slug, pageVersion, lang, sourceVersion, reviewStatus);
    }
}
