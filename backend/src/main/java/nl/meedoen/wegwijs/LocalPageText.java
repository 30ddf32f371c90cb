package nl.meedoen.wegwijs;

import io.micronaut.core.annotation.Introspected;

/**
 * A local page in the best language the municipality has for the reader. {@code madeFromVersion} is
 * the version of the Dutch page the text was made from; {@code version} is the page's current one.
 */
@Introspected
record LocalPageText(String slug, int position, int version, String lang, String title, String summary, String html,
                     int wordCount, int madeFromVersion, String reviewStatus) {
}
