package nl.meedoen.wegwijs;

import io.micronaut.core.annotation.Introspected;
import org.jspecify.annotations.Nullable;

/** A place of the municipality with its note in the best language there is for the reader, if it has one. */
@Introspected
record LocalPlace(long id, String topic, String name, @Nullable String street, @Nullable String postcode,
                  @Nullable String city, @Nullable String phone, @Nullable String email, @Nullable String website,
                  @Nullable String noteLang, @Nullable String note, @Nullable String noteStatus) {
}
