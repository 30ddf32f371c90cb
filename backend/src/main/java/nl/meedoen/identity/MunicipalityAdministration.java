package nl.meedoen.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.municipality.Municipality;
import nl.meedoen.municipality.MunicipalityDirectory;

/** A platform admin's changes to the list of municipalities, each in the audit log with the change. */
@Singleton
class MunicipalityAdministration {

    private final MunicipalityDirectory directory;
    private final AuditLog audit;

    MunicipalityAdministration(MunicipalityDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    Municipality save(SignedInStaff staff, String code, String name, String client) {
        staff.requireAdmin();
        Municipality saved = directory.save(code, name);
        audit.record(staff, saved.code(), "municipality saved", saved.code(), client);
        return saved;
    }
}
