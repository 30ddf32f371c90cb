package nl.meedoen.municipality;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

/** A row of the municipality table. */
@MappedEntity("municipality")
record StoredMunicipality(@Id String code, String slug, String name, String searchKey, boolean demo,
                          @Nullable String phone, @Nullable String email, @Nullable String website,
                          @Nullable String address) {

    Municipality view() {
        return new Municipality(code, slug, name, demo, phone, email, website, address);
    }
}
