package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every staff action that changes data: who, what, when, from where. Subjects are named by id,
 * never by a person's name or code, so the log itself holds as little personal data as possible.
 * An entry is only ever written inside the transaction of the change it records, so that the log
 * neither misses a change nor claims one that was rolled back.
 */
@Singleton
public class AuditLog {

    @Serdeable
    public record Event(Instant at, @Nullable String actor, @Nullable String municipality, String action,
                        @Nullable String subject, @Nullable String client) {
    }

    private final AuditEvents events;

    AuditLog(AuditEvents events) {
        this.events = events;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(@Nullable SignedInStaff actor, @Nullable String municipality, String action, @Nullable Object subject,
                       String client) {
        events.save(new AuditEvent(null, null, actor == null ? null : actor.id(), actor == null ? null : actor.name(),
                municipality, action, subject == null ? null : subject.toString(), client));
    }

    /** An entry for a change no person made: the scheduled job that made it is named as the actor. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordByJob(String job, @Nullable String municipality, String action, String subject) {
        events.save(new AuditEvent(null, null, null, job, municipality, action, subject, null));
    }

    /**
     * One entry in each of the municipalities, for a change to a person who works for several of them:
     * each of them sees what was done to the account, wherever it was done.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void recordInEach(Collection<String> municipalities, SignedInStaff actor, String action, Object subject, String client) {
        for (String municipality : new TreeSet<>(municipalities)) {
            events.save(new AuditEvent(null, null, actor.id(), actor.name(), municipality, action, subject.toString(), client));
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void recordFor(UUID staffId, String name, String action, String client) {
        events.save(new AuditEvent(null, null, staffId, name, null, action, null, client));
    }

    List<Event> of(String municipality, int limit) {
        return events.latestIn(municipality, limit).stream()
                .map(event -> new Event(event.at(), event.actorName(), event.municipalityCode(), event.action(),
                        event.subject(), event.client()))
                .toList();
    }
}
