package nl.meedoen.editing;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import org.jspecify.annotations.Nullable;

/**
 * One page in one language: {@code module} is the folder name of national content ({@code values}), or
 * {@code local:} and the municipality's code for a municipality's own page ({@code local:GM0153}).
 */
@Embeddable
record ItemKey(@MappedProperty("module") String module,
               @MappedProperty("slug") String slug,
               @MappedProperty("lang") String lang) {

    static final String LOCAL = "local:";

    static String localModule(String municipality) {
        return LOCAL + municipality;
    }

    /** The municipality whose own page this is; empty for national content. */
    @Nullable String municipality() {
        return module.startsWith(LOCAL) ? module.substring(LOCAL.length()) : null;
    }

    @Override
    public String toString() {
        return module + "/" + slug + "/" + lang;
    }
}
