package nl.meedoen.editing;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** One interface text in one language: {@code name} is its key in {@code translations/} ({@code home.title}). */
@Embeddable
record UiTextKey(@MappedProperty("key") String name, @MappedProperty("lang") String lang) {

    @Override
    public String toString() {
        return "interface/" + name + "/" + lang;
    }
}
