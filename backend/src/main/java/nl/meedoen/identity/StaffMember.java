package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A row of the staff table: a person who works with Meedoen, with or without a password yet. */
@MappedEntity("staff")
record StaffMember(@Id UUID id, String email, String name, @Nullable String passwordHash, boolean active) {

    static StaffMember added(String email, String name) {
        return new StaffMember(UUID.randomUUID(), email.strip(), name.strip(), null, true);
    }
}
