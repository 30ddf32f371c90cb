package nl.meedoen.locale;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * How much of the content exists in each language, and how much of it can be trusted. The content
 * feature knows; the list of languages shows it, so that a newcomer can see what to expect.
 */
public interface LocaleCoverage {

    /**
     * Counts over all pages of all modules: {@code translated} texts exist, of which {@code upToDate}
     * were made from the current Dutch version and {@code reviewed} were also checked by a reader of the
     * language; {@code missing} pages fall back to another language.
     */
    @Serdeable
    record Coverage(int pages, int translated, int upToDate, int reviewed, int outdated, int missing) {
    }

    /** Coverage of each of the given languages; a language without any text has zero of everything. */
    Map<String, Coverage> byLocale(List<String> codes);
}
