package nl.meedoen.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the audit_event table; the database numbers it and sets its time. */
@MappedEntity("audit_event")
record AuditEvent(@Id @GeneratedValue @Nullable Long id, @GeneratedValue @Nullable Instant at, @Nullable UUID actorId,
                  @Nullable String actorName, @Nullable String municipalityCode, String action, @Nullable String subject,
                  @Nullable String client) {
}
