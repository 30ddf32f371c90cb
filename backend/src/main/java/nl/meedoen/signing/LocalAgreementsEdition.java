package nl.meedoen.signing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * One saved version of the local agreements as a coordinator sees it: the texts, the review status of
 * each translation, and who saved it when ({@code savedBy} is null once that account is gone).
 */
record LocalAgreementsEdition(int version, String dutch, Map<String, String> translations, Map<String, String> reviewStatus,
                              Instant savedAt, @Nullable String savedBy) {
}
