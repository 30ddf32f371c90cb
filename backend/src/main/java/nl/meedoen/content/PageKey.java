package nl.meedoen.content;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of content_page. */
@Embeddable
record PageKey(@MappedProperty(value = "module", converter = ModuleColumn.class) ContentModule module,
               @MappedProperty("slug") String slug) {
}
