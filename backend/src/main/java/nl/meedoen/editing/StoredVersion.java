package nl.meedoen.editing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of content_version: a text as it was published, by whom and when, and who reviewed it. */
@MappedEntity("content_version")
record StoredVersion(@EmbeddedId VersionKey key, String title, String summary, String bodyMarkdown, int sourceVersion,
                     boolean minorEdit, @Nullable UUID publishedBy, @Nullable String publishedName, Instant publishedAt,
                     @Nullable UUID reviewedBy, @Nullable String reviewedName, @Nullable Instant reviewedAt) {
}
