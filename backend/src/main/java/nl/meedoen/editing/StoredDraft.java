package nl.meedoen.editing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of content_draft: an editor's unpublished text. */
@MappedEntity("content_draft")
record StoredDraft(@EmbeddedId ItemKey key, String title, String summary, String bodyMarkdown, @Nullable UUID savedBy,
                   @Nullable Instant savedAt) {
}
