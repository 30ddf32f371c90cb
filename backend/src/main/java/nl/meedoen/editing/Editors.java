package nl.meedoen.editing;

import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;

/** Who may edit what: national content is for editors not tied to a municipality, and the platform admin. */
final class Editors {

    private Editors() {
    }

    static void requireNational(SignedInStaff staff) {
        boolean national = staff.grants().stream()
                .anyMatch(grant -> grant.role() == Role.EDITOR && grant.municipality() == null);
        if (!national && !staff.isAdmin()) {
            throw new NotAnEditor();
        }
    }
}
