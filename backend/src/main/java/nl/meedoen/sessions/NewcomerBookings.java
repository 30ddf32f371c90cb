package nl.meedoen.sessions;

import jakarta.inject.Singleton;
import nl.meedoen.identity.NewcomerContacts;
import nl.meedoen.identity.NotFound;
import nl.meedoen.locale.SupportedLocale;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a newcomer can book, and their booking, read for them in their language. */
@Singleton
class NewcomerBookings {

    private final WorkshopSessions sessions;
    private final Bookings bookings;
    private final BookingViews views;
    private final NewcomerContacts contacts;
    private final SessionCalendar calendar;

    NewcomerBookings(WorkshopSessions sessions, Bookings bookings, BookingViews views, NewcomerContacts contacts, SessionCalendar calendar) {
        this.calendar = calendar;
        this.sessions = sessions;
        this.bookings = bookings;
        this.views = views;
        this.contacts = contacts;
    }

    NewcomerContacts.Contact contact(UUID newcomer) {
        return contacts.of(newcomer).orElseThrow(NotFound::new);
    }

    NewcomerContacts.Contact contact(String municipality, UUID newcomer) {
        return contacts.in(municipality, newcomer).orElseThrow(NotFound::new);
    }

    /** Upcoming planned sessions of their municipality: those taught in or interpreted into their language first, then by start. */
    List<SessionOffer> offers(NewcomerContacts.Contact newcomer) {
        SupportedLocale reader = views.languageOf(newcomer);
        Map<UUID, Bookings.Count> counts = bookings.countsIn(newcomer.municipality()).stream()
                .collect(Collectors.toMap(Bookings.Count::sessionId, Function.identity()));
        return sessions.bookable(newcomer.municipality()).stream()
                .map(session -> views.offer(session, reader, counts.containsKey(session.id()) ? counts.get(session.id()).confirmed() : 0))
                .sorted(Comparator.comparing((SessionOffer offer) -> !offer.inYourLanguage()).thenComparing(SessionOffer::startsAt))
                .toList();
    }

    BookingView booking(NewcomerContacts.Contact newcomer) {
        Booking booking = bookings.activeOf(newcomer.id()).orElseThrow(NoBooking::new);
        return views.of(booking, sessions.findById(booking.sessionId()).orElseThrow(), newcomer);
    }

    String calendar(NewcomerContacts.Contact newcomer) {
        Booking booking = bookings.activeOf(newcomer.id()).orElseThrow(NoBooking::new);
        return calendar.of(sessions.findById(booking.sessionId()).orElseThrow());
    }
}
