package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;

/** What the status of one stored text depends on. */
@Introspected
record TextState(String module, String slug, int pageVersion, String lang, int sourceVersion, String reviewStatus) {
}
