package nl.meedoen.editing;

import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Who may edit what: national content is for editors not tied to a municipality, a municipality's own
 * pages for its editors only, and both for the platform admin.
 */
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

    static boolean isEditorOf(SignedInStaff staff, String municipality) {
        return staff.isAdmin() || staff.grants().stream()
                .anyMatch(grant -> grant.role() == Role.EDITOR && municipality.equals(grant.municipality()));
    }

    /** National content for national editors; a municipality's own pages for that municipality's editors. */
    static void requireEditorOf(SignedInStaff staff, ItemKey key) {
        String municipality = key.municipality();
        if (municipality == null) {
            requireNational(staff);
        } else if (!isEditorOf(staff, municipality)) {
            throw new NotAnEditor("Only this municipality's own editors may edit its local pages.");
        }
    }

    /** Who may mark a text reviewed: an editor of that content, and never the person who published it. */
    static void requireCanReview(SignedInStaff staff, ItemKey key, @Nullable UUID publishedBy) {
        requireEditorOf(staff, key);
        if (staff.id().equals(publishedBy)) {
            throw new ReviewRefused("Nobody reviews their own text: ask another editor who reads this language.");
        }
    }
}
