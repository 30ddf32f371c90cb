package nl.meedoen.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A coordinator registers a newcomer of their municipality, or corrects one; each change is in the audit log with it. */
@Singleton
class NewcomerIntake {

    private final Newcomers newcomers;
    private final AuditLog audit;

    NewcomerIntake(Newcomers newcomers, AuditLog audit) {
        this.newcomers = newcomers;
        this.audit = audit;
    }

    record Registration(String name, String preferredLanguage, String targetGroup, String regime,
                        @Nullable LocalDate obligationStart, @Nullable LocalDate deadline, @Nullable String phone,
                        @Nullable String email) {
    }

    @Transactional
    Newcomer register(String municipality, Registration registration, SignedInStaff by, String client) {
        UUID id = UUID.randomUUID();
        newcomers.save(new StoredNewcomer(id, municipality, registration.name(), registration.preferredLanguage(),
                registration.targetGroup(), registration.regime(), registration.obligationStart(), registration.deadline(),
                registration.phone(), registration.email(), by.id(), null));
        audit.record(by, municipality, "newcomer registered", "newcomer " + id, client);
        return newcomers.find(municipality, id).orElseThrow();
    }

    /** Replaces what was registered, for example a misspelt name or the wrong language; the correction is in the audit log. */
    @Transactional
    Newcomer correct(String municipality, UUID id, Registration corrected, SignedInStaff by, String client) {
        newcomers.lock(id);
        newcomers.find(municipality, id).orElseThrow(NotFound::new);
        newcomers.correct(id, corrected.name(), corrected.preferredLanguage(), corrected.targetGroup(), corrected.regime(),
                corrected.obligationStart(), corrected.deadline(), corrected.phone(), corrected.email());
        audit.record(by, municipality, "newcomer corrected", "newcomer " + id, client);
        return newcomers.find(municipality, id).orElseThrow();
    }
}
