package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A shipped file that changed after an editor published the same text: the editor's text stayed. */
@Introspected
@Serdeable
@Schema(name = "ImportConflict")
record ImportConflict(String module, String slug, String lang, Instant foundAt) {
}
