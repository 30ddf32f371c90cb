package nl.meedoen.sessions;

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
import nl.meedoen.web.PublicAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a newcomer, in their language, what happened to their booking: a seat, a place in the waiting
 * list, a seat that came free for them, a new time or place, a cancellation, a reminder. It goes by mail
 * to a newcomer with an e-mail address and as a notification to every phone of theirs that allowed
 * notifications, both queued in the transaction of the change. The app shows the booking as it is.
 */
@Singleton
class BookingNotices {

    private final NewcomerContacts contacts;
    private final SupportedLocales locales;
    private final UiStrings strings;
    private final Outbox outbox;
    private final Push push;
    private final PublicAddress address;

    BookingNotices(NewcomerContacts contacts, SupportedLocales locales, UiStrings strings, Outbox outbox, Push push,
                   PublicAddress address) {
        this.contacts = contacts;
        this.locales = locales;
        this.strings = strings;
        this.outbox = outbox;
        this.push = push;
        this.address = address;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void booked(Booking booking, WorkshopSession session) {
        if (booking.isConfirmed()) {
            send(booking, session, "booking-confirmed", "confirmed");
        } else {
            send(booking, session, "booking-waitlisted", "waitlisted");
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void promoted(Booking booking, WorkshopSession session) {
        send(booking, session, "booking-promoted", "promoted");
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void changed(Booking booking, WorkshopSession session) {
        send(booking, session, "session-changed", "changed");
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void sessionCancelled(Booking booking, WorkshopSession session) {
        send(booking, session, "session-cancelled", "sessionCancelled");
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void cancelled(Booking booking, WorkshopSession session) {
        send(booking, session, "booking-cancelled", "cancelled");
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void reminder(Booking booking, WorkshopSession session, int minutesBefore) {
        send(booking, session, "booking-reminder", "reminder", "reminder-" + minutesBefore + "m:" + booking.id());
    }

    /** Each change is its own notice: the transaction it belongs to happens once. */
    private void send(Booking booking, WorkshopSession session, String kind, String message) {
        send(booking, session, kind, message, kind + ":" + booking.id() + ":" + UUID.randomUUID());
    }

    /** {@code message} names the pair {@code booking.mail.<message>Subject} and {@code booking.mail.<message>}. */
    private void send(Booking booking, WorkshopSession session, String kind, String message, String notice) {
        NewcomerContacts.Contact newcomer = contacts.of(booking.newcomerId()).orElse(null);
        if (newcomer == null) {
            return;
        }
        SupportedLocale reader = locales.find(newcomer.language()).orElse(locales.source());
        String subject = text(reader, "booking.mail." + message + "Subject", Map.of("title", oneLine(session.title())));
        if (newcomer.email() != null) {
            outbox.queue(Mail.text(newcomer.email(), subject, body(reader, session, message), kind));
        }
        String when = SessionTimes.when(session.startsAt(), session.endsAt(), reader);
        push.queue(newcomer.id(), new PushMessage(kind, notice, reader.code(), subject,
                text(reader, "booking.mail." + message, Map.of()) + "\n" + when, "/#/booking", session.startsAt()));
    }

    private String body(SupportedLocale reader, WorkshopSession session, String message) {
        List<String> lines = new ArrayList<>();
        lines.add(text(reader, "booking.mail." + message, Map.of()));
        lines.add("");
        lines.add(session.title());
        lines.add(text(reader, "booking.mail.when", Map.of("when", SessionTimes.when(session.startsAt(), session.endsAt(), reader))));
        lines.add(text(reader, "booking.mail.where", Map.of("place", session.placeName() + ", " + session.placeAddress())));
        if (session.placeRoom() != null) {
            lines.add(text(reader, "booking.mail.room", Map.of("room", session.placeRoom())));
        }
        if (session.accessibilityNotes() != null) {
            lines.add(text(reader, "booking.mail.accessibility", Map.of("notes", session.accessibilityNotes())));
        }
        if (session.mapLink() != null) {
            lines.add(text(reader, "booking.mail.map", Map.of("link", session.mapLink())));
        }
        lines.add("");
        lines.add(text(reader, "booking.mail.app", Map.of("link", address.of("/?lang=" + reader.code() + "#/booking"))));
        return String.join("\n", lines) + "\n";
    }

    private String text(SupportedLocale reader, String key, Map<String, Object> arguments) {
        return strings.format(reader, key, arguments);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
