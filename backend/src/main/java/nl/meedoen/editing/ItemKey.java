package nl.meedoen.editing;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** One page of national content in one language: {@code module} is its folder name ({@code values}). */
@Embeddable
record ItemKey(@MappedProperty("module") String module,
               @MappedProperty("slug") String slug,
               @MappedProperty("lang") String lang) {

    @Override
    public String toString() {
        return module + "/" + slug + "/" + lang;
    }
}
