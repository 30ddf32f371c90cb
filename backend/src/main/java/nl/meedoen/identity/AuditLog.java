package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.meedoen.database.Database;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every staff action that changes data: who, what, when, from where. Subjects are named by id,
 * never by a person's name or code, so the log itself holds as little personal data as possible.
 */
@Singleton
public final class AuditLog {

    @Serdeable
    public record Event(Instant at, @Nullable String actor, @Nullable String municipality, String action,
                        @Nullable String subject, @Nullable String client) {
    }

    private final Database database;

    AuditLog(Database database) {
        this.database = database;
    }

    public void record(@Nullable SignedInStaff actor, @Nullable String municipality, String action, @Nullable Object subject,
                       String client) {
        database.update("""
                INSERT INTO audit_event (actor_id, actor_name, municipality_code, action, subject, client)
                VALUES (?, ?, ?, ?, ?, ?)
                """, actor == null ? null : actor.id(), actor == null ? null : actor.name(), municipality, action,
                subject == null ? null : subject.toString(), client);
    }

    void recordFor(UUID staffId, String name, String action, String client) {
        database.update("INSERT INTO audit_event (actor_id, actor_name, action, client) VALUES (?, ?, ?, ?)",
                staffId, name, action, client);
    }

    List<Event> of(String municipality, int limit) {
        return database.list("""
                SELECT at, actor_name, municipality_code, action, subject, client
                  FROM audit_event
                 WHERE municipality_code = ?
                 ORDER BY at DESC, id DESC
                 LIMIT ?
                """, row -> new Event(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6)), municipality, limit);
    }
}
