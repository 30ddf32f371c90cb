package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/** One role of a staff member; {@code municipality} is empty for the platform admin and national editors. */
@Serdeable
public record RoleGrant(Role role, @Nullable String municipality) {
}
