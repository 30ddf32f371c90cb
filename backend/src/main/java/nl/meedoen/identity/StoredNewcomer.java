package nl.meedoen.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the newcomer table; the database sets when it was created. */
@MappedEntity("newcomer")
record StoredNewcomer(@Id UUID id, String municipalityCode, String name, String preferredLang, String targetGroup, String regime,
                      @Nullable LocalDate obligationStart, @Nullable LocalDate deadline, @Nullable String phone,
                      @Nullable String email, @Nullable UUID createdBy, @GeneratedValue @Nullable Instant createdAt) {
}
