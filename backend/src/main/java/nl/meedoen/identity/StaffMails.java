package nl.meedoen.identity;

import jakarta.inject.Singleton;
import nl.meedoen.mail.Mail;
import nl.meedoen.mail.Outbox;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.PublicAddress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mails a staff member gets about their own account, always at the address of the account: a
 * one-time password link goes to its owner and nobody else. Staff screens are in Dutch, and so are these.
 */
@Singleton
class StaffMails {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final Outbox outbox;
    private final MunicipalityDirectory municipalities;
    private final PublicAddress publicAddress;

    StaffMails(Outbox outbox, MunicipalityDirectory municipalities, PublicAddress publicAddress) {
        this.outbox = outbox;
        this.municipalities = municipalities;
        this.publicAddress = publicAddress;
    }

    void welcome(StaffMember account, String municipality, Set<Role> roles, PasswordLinks.Issued link) {
        outbox.queue(Mail.text(account.email(), "Welkom bij Meedoen", """
                Beste %s,

                De gemeente %s heeft je toegevoegd aan Meedoen, als %s.
                Stel met deze link je wachtwoord in; de link werkt één keer, tot %s:

                %s

                Verwachtte je deze mail niet? Dan kun je hem negeren.
                """.formatted(account.name(), name(municipality), roles(roles), UNTIL.format(link.expiresAt()), address(link)),
                "staff-welcome"));
    }

    void rolesGranted(StaffMember account, String municipality, Set<Role> roles) {
        outbox.queue(Mail.text(account.email(), "Je hebt een nieuwe rol in Meedoen", """
                Beste %s,

                De gemeente %s heeft je in Meedoen de rol %s gegeven. Je logt in zoals je gewend bent;
                aan je wachtwoord is niets veranderd.

                Klopt dit niet? Neem dan contact op met de gemeente %s of met de beheerder van Meedoen.
                """.formatted(account.name(), name(municipality), roles(roles), name(municipality)), "staff-roles-granted"));
    }

    void passwordLink(StaffMember account, PasswordLinks.Issued link) {
        outbox.queue(Mail.text(account.email(), "Nieuw wachtwoord voor Meedoen", """
                Beste %s,

                Er is een nieuw wachtwoord voor je aangevraagd. Stel het in met deze link; de link werkt één keer, tot %s:

                %s

                Tot je de link gebruikt, werkt je huidige wachtwoord nog. Vroeg je dit niet aan? Neem dan contact op met je coördinator.
                """.formatted(account.name(), UNTIL.format(link.expiresAt()), address(link)), "staff-password-link"));
    }

    void deactivated(StaffMember account) {
        outbox.queue(Mail.text(account.email(), "Je account voor Meedoen is uitgezet", """
                Beste %s,

                Je account voor Meedoen is uitgezet: je kunt niet meer inloggen, en waar je was ingelogd ben je uitgelogd.

                Klopt dit niet? Neem dan contact op met je coördinator of met de beheerder van Meedoen.
                """.formatted(account.name()), "staff-deactivated"));
    }

    void reactivated(StaffMember account) {
        outbox.queue(Mail.text(account.email(), "Je account voor Meedoen werkt weer", """
                Beste %s,

                Je account voor Meedoen is weer aangezet: je kunt inloggen met je eigen wachtwoord.

                Klopt dit niet? Neem dan contact op met je coördinator of met de beheerder van Meedoen.
                """.formatted(account.name()), "staff-reactivated"));
    }

    /** The token travels in the fragment, which a browser never sends to a server, so it is in no server's log. */
    private String address(PasswordLinks.Issued link) {
        return publicAddress.of("/#/staff/password/" + link.token());
    }

    private String name(String municipality) {
        return municipalities.require(municipality).name();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(StaffMails::dutch).sorted().collect(Collectors.joining(" en "));
    }

    private static String dutch(Role role) {
        return switch (role) {
            case ADMIN -> "beheerder";
            case COORDINATOR -> "coördinator";
            case TRAINER -> "trainer";
            case EDITOR -> "redacteur";
        };
    }
}
