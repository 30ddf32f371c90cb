package nl.meedoen.editing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of ui_text_draft: an editor's unpublished interface text. */
@MappedEntity("ui_text_draft")
record StoredUiDraft(@EmbeddedId UiTextKey id, String pattern, @Nullable UUID savedBy, @Nullable Instant savedAt) {
}
