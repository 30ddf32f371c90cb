package nl.meedoen.identity;

import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

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
}
