package nl.meedoen.editing;

import jakarta.inject.Singleton;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.identity.StaffLanguages;
import nl.meedoen.locale.SupportedLocales;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may edit what: national content is for editors not tied to a municipality, a municipality's own
 * pages for its editors only, and both for the platform admin. Who may review a translation is decided
 * here too, once, for every kind of text.
 */
@Singleton
final class Editors {

    private final StaffLanguages languages;

    Editors(StaffLanguages languages) {
        this.languages = languages;
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

    /** A page's translation: reviewed by an editor of that content who may review in its language. */
    void requireCanReview(SignedInStaff staff, ItemKey key, @Nullable UUID publishedBy) {
        requireEditorOf(staff, key);
        requireCanReview(staff, key.lang(), publishedBy);
    }

    /**
     * Passes when this person may mark a translation in {@code lang} reviewed: they read the language (as
     * they said on their staff screen) and did not publish the text themselves. Every review path calls
     * this; whether the text is in a state to be reviewed (current, not yet reviewed) is the caller's part
     * ({@link ReviewBlock#ofStatus}).
     */
    void requireCanReview(SignedInStaff staff, String lang, @Nullable UUID publishedBy) {
        Optional<ReviewBlock> block = reviewBlock(staff, lang, publishedBy);
        if (block.isPresent()) {
            throw block.get().refused();
        }
    }

    /** Why this person may not review a translation in {@code lang}, or empty when they may. */
    Optional<ReviewBlock> reviewBlock(SignedInStaff staff, String lang, @Nullable UUID publishedBy) {
        if (lang.equals(SupportedLocales.SOURCE)) {
            return Optional.of(ReviewBlock.SOURCE);
        }
        if (staff.id().equals(publishedBy)) {
            return Optional.of(ReviewBlock.OWN_TEXT);
        }
        if (!languages.reads(staff.id(), lang)) {
            return Optional.of(ReviewBlock.LANGUAGE);
        }
        return Optional.empty();
    }
}
