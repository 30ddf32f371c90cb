package nl.meedoen.editing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of translation_handout: a page's text in one language, out with a translator. */
@MappedEntity("translation_handout")
record StoredHandout(@EmbeddedId ItemKey key, @Nullable UUID handedOutBy, @Nullable Instant handedOutAt) {
}
