package nl.meedoen.content;

import io.micronaut.core.annotation.Introspected;

/** How many texts of one language exist, were made from the current Dutch version, and were also reviewed. */
@Introspected
record LanguageCounts(String lang, int translated, int upToDate, int reviewed) {
}
