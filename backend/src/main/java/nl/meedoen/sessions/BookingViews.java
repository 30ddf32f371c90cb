package nl.meedoen.sessions;

import jakarta.inject.Singleton;
import nl.meedoen.identity.NewcomerContacts;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;

/** Sessions and bookings as a newcomer reads them, in their language. */
@Singleton
class BookingViews {

    private final SupportedLocales locales;
    private final Bookings bookings;
    private final BookingRules rules;

    BookingViews(SupportedLocales locales, Bookings bookings, BookingRules rules) {
        this.locales = locales;
        this.bookings = bookings;
        this.rules = rules;
    }

    SupportedLocale languageOf(NewcomerContacts.Contact newcomer) {
        return locales.find(newcomer.language()).orElse(locales.source());
    }

    SessionOffer offer(WorkshopSession session, SupportedLocale reader, long confirmed) {
        return new SessionOffer(session.id(), session.title(), session.startsAt(), session.endsAt(),
                SessionTimes.when(session.startsAt(), session.endsAt(), reader), session.place(), session.languages(),
                session.interpreterLanguages(), session.isFollowableIn(reader.code()), (int) Math.max(0, session.capacity() - confirmed),
                session.status());
    }

    BookingView of(Booking booking, WorkshopSession session, NewcomerContacts.Contact newcomer) {
        Integer place = Booking.WAITLISTED.equals(booking.status()) ? (int) bookings.placeInWaitingList(booking.id()) : null;
        return new BookingView(booking.id(), booking.status(), place,
                offer(session, languageOf(newcomer), bookings.confirmedIn(session.id())), rules.changeableUntil(session),
                newcomer.email() != null);
    }
}
