package nl.meedoen.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocales;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The languages a staff member reads besides Dutch. Editing asks it who may review a translation: only
 * a reader of its language. A person sets their own; the platform admin sets anyone's.
 */
@Singleton
public class StaffLanguages {

    private final StaffMembers members;
    private final SupportedLocales locales;
    private final AuditLog audit;

    StaffLanguages(StaffMembers members, SupportedLocales locales, AuditLog audit) {
        this.members = members;
        this.locales = locales;
        this.audit = audit;
    }

    /** The language codes the person reads, sorted; Dutch is not among them, everyone on the staff reads it. */
    public List<String> of(UUID staff) {
        return members.languagesRead(staff);
    }

    public boolean reads(UUID staff, String lang) {
        return members.languagesRead(staff).contains(lang);
    }

    /** Replaces the languages a person reads; an unknown person is not found, an unknown code is refused. */
    @Transactional
    List<String> set(SignedInStaff actor, UUID staff, List<String> languages, String client) {
        if (members.findById(staff).isEmpty()) {
            throw new NotFound();
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String code : languages) {
            if (locales.find(code).filter(locale -> locale.code().equals(code)).isEmpty()) {
                throw new UnknownLanguage(code, locales.codes());
            }
            if (!code.equals(SupportedLocales.SOURCE)) {
                codes.add(code);
            }
        }
        members.setLanguagesRead(staff, List.copyOf(codes));
        audit.record(actor, null, "staff.languages-changed", staff + ": " + String.join(",", codes), client);
        return List.copyOf(codes);
    }
}
