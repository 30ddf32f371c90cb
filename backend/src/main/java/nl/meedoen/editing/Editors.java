package nl.meedoen.editing;

import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;

/** Who may edit what: national content is for editors not tied to a municipality, and the platform admin. */
final class Editors {

    private Editors() {
    }

    static boolean isNational(SignedInStaff staff) {
        return staff.isAdmin() || staff.grants().stream()
                .anyMatch(grant -> grant.role() == Role.EDITOR && grant.municipality() == null);
    }

    static boolean isEditor(SignedInStaff staff) {
        return staff.isAdmin() || staff.grants().stream().anyMatch(grant -> grant.role() == Role.EDITOR);
    }

    static void requireNational(SignedInStaff staff) {
        if (!isNational(staff)) {
            throw new NotAnEditor();
        }
    }

    static void requireEditor(SignedInStaff staff) {
        if (!isEditor(staff)) {
            throw new NotAnEditor("Only content editors may do this.");
        }
    }
}
