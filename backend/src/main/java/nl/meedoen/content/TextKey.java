package nl.meedoen.content;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of content_text: one page in one language, which is also one shipped file. */
@Embeddable
record TextKey(@MappedProperty(value = "module", converter = ModuleColumn.class) ContentModule module,
               @MappedProperty("slug") String slug,
               @MappedProperty("lang") String lang) {
}
