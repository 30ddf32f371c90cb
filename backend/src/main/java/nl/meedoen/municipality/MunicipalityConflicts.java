package nl.meedoen.municipality;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.meedoen.web.UniqueConstraintMessage;

/** What a caller is told when adding a municipality collides with another (see V2's unique constraints). */
@Factory
final class MunicipalityConflicts {

    @Singleton
    UniqueConstraintMessage sameCode() {
        return new UniqueConstraintMessage("municipality_pkey",
                "Another request saved a municipality with this code at the same moment. Reload and check its name.");
    }

    @Singleton
    UniqueConstraintMessage sameAddress() {
        return new UniqueConstraintMessage("municipality_slug_key",
                "Another municipality already has this name, or one that gives the same address. Use the official CBS name.");
    }
}
