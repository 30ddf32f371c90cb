package nl.meedoen.editing;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** One published version of a text: its number counts from 1 per page and language. */
@Embeddable
record VersionKey(@MappedProperty("module") String module,
                  @MappedProperty("slug") String slug,
                  @MappedProperty("lang") String lang,
                  @MappedProperty("number") int number) {
}
