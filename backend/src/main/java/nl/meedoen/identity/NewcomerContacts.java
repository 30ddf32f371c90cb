package nl.meedoen.identity;

import jakarta.inject.Singleton;
import nl.meedoen.municipality.SearchKey;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What another feature may know of a newcomer to serve and tell them: their municipality, name,
 * language and, when they gave one, their e-mail address. Nothing else of the registration.
 */
@Singleton
public class NewcomerContacts {

    /** A newcomer as features that book or notify them see one. */
    public record Contact(UUID id, String municipality, String name, String language, @Nullable String email) {
    }

    private final Newcomers newcomers;

    NewcomerContacts(Newcomers newcomers) {
        this.newcomers = newcomers;
    }

    public Optional<Contact> of(UUID newcomer) {
        return newcomers.byId(newcomer).map(found -> new Contact(found.id(), found.municipality(), found.name(), found.preferredLanguage(), found.email()));
    }

    /** A newcomer of this municipality only: one of elsewhere is not there, as everywhere for staff. */
    public Optional<Contact> in(String municipality, UUID newcomer) {
        return of(newcomer).filter(contact -> contact.municipality().equals(municipality));
    }

    /**
     * The newcomers of this municipality whose name contains the text, at most {@code limit}; case,
     * accents and punctuation do not matter. The text must hold a letter or digit.
     */
    public List<Contact> named(String municipality, String text, int limit) {
        String wanted = SearchKey.of(text);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("a name to search for has a letter or digit");
        }
        return newcomers.in(municipality).stream().filter(newcomer -> SearchKey.of(newcomer.name()).contains(wanted)).limit(limit)
                .map(found -> new Contact(found.id(), found.municipality(), found.name(), found.preferredLanguage(), found.email())).toList();
    }
}
