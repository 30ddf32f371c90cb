package nl.meedoen.municipality;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/** A municipality (gemeente), identified by its CBS code such as {@code GM0153}. */
@Serdeable
public record Municipality(String code, String slug, String name, boolean demo, @Nullable String phone,
                           @Nullable String email, @Nullable String website, @Nullable String address) {
}
