package nl.meedoen.attendance;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.NewcomerContacts;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.locale.UiStrings;
import nl.meedoen.mail.Mail;
import nl.meedoen.mail.Outbox;
import nl.meedoen.push.Push;
import nl.meedoen.push.PushMessage;
import nl.meedoen.sessions.TrainerSessions;
import nl.meedoen.web.PublicAddress;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The follow-up after a missed workshop, in the newcomer's language, as booking notices are written: by
 * mail to a newcomer with an e-mail address and as a notification to every phone of theirs that
 * allowed notifications, both queued in the caller's transaction, each with the way to the booking screen.
 */
@Singleton
class FollowUpNotices {

    static final String KIND = "no-show-follow-up";

    /** A notification that has not reached the phone in two weeks is not worth showing any more. */
    private static final Duration NOTIFICATION_VALID = Duration.ofDays(14);

    private final NewcomerContacts contacts;
    private final SupportedLocales locales;
    private final UiStrings strings;
    private final Outbox outbox;
    private final Push push;
    private final PublicAddress address;

    FollowUpNotices(NewcomerContacts contacts, SupportedLocales locales, UiStrings strings, Outbox outbox, Push push, PublicAddress address) {
        this.contacts = contacts;
        this.locales = locales;
        this.strings = strings;
        this.outbox = outbox;
        this.push = push;
        this.address = address;
    }

    /** Says whether it reached them some way: false for a newcomer without an e-mail address or a phone that allows notifications. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean inviteToBookAgain(UUID newcomerId, TrainerSessions.Taught missed) {
        NewcomerContacts.Contact newcomer = contacts.of(newcomerId).orElse(null);
        if (newcomer == null) {
            return false;
        }
        SupportedLocale reader = locales.find(newcomer.language()).orElse(locales.source());
        String subject = text(reader, "attendance.followUp.subject", Map.of());
        String missedText = text(reader, "attendance.followUp.missed", Map.of("when", missed.when(reader)));
        String invitation = text(reader, "attendance.followUp.bookAgain", Map.of());
        boolean mailed = false;
        if (newcomer.email() != null) {
            String body = missedText + "\n\n" + missed.title() + "\n\n" + invitation + "\n"
                    + text(reader, "attendance.followUp.app", Map.of("link", address.of("/?lang=" + reader.code() + "#/booking"))) + "\n";
            outbox.queue(Mail.text(newcomer.email(), subject, body, KIND));
            mailed = true;
        }
        int phones = push.queue(newcomer.id(), new PushMessage(KIND, "no-show:" + missed.id() + ":" + newcomer.id(), reader.code(), subject,
                invitation, "/#/booking", Instant.now().plus(NOTIFICATION_VALID)));
        return mailed || phones > 0;
    }

    private String text(SupportedLocale reader, String key, Map<String, Object> arguments) {
        return strings.format(reader, key, arguments);
    }
}
