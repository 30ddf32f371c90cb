package nl.meedoen.identity;

import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A row of the staff_role table; the municipality is empty for the platform admin and national editors. */
@MappedEntity("staff_role")
record StaffRole(UUID staffId, @MappedProperty(converter = RoleConverter.class) Role role, @Nullable String municipalityCode) {

    RoleGrant grant() {
        return new RoleGrant(role, municipalityCode);
    }
}
