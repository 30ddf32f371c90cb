package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

/**
 * A row of the place table: somewhere a newcomer can go, attached to a national topic or a local page
 * by its slug. The database numbers places itself, so a place has no id until it is saved.
 */
@MappedEntity("place")
record StoredPlace(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id, String municipalityCode,
                   String topic, int position, String name, @Nullable String street, @Nullable String postcode,
                   @Nullable String city, @Nullable String phone, @Nullable String email, @Nullable String website) {
}
