package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of ui_text_version: an interface text as it was published, by whom and when, and who reviewed it. */
@Introspected
record StoredUiVersion(String key, String lang, int number, String pattern, int sourceVersion, boolean minorEdit,
                       @Nullable UUID publishedBy, @Nullable String publishedName, Instant publishedAt,
                       @Nullable UUID reviewedBy, @Nullable String reviewedName, @Nullable Instant reviewedAt) {
}
