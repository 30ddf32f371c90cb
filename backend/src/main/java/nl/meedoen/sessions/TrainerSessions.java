package nl.meedoen.sessions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the attendance feature may know of sessions and bookings: the sessions a trainer teaches, the
 * bookings of a session, a seat for a newcomer who walks in, and the end of a seat that was missed.
 * Read-only apart from those two, which take the session's lock like every other change to its seats.
 */
@Singleton
public class TrainerSessions {

    /** A session as the trainer's roster sees it. */
    public record Taught(UUID id, String municipality, String title, Instant startsAt, Instant endsAt, String status, String placeName,
                         @Nullable String placeRoom, int capacity, List<String> languages, List<String> interpreterLanguages,
                         List<UUID> trainers) {

        public boolean isCancelled() {
            return WorkshopSession.CANCELLED.equals(status);
        }

        /** Day and time in the reader's language, for Dutch clocks, as booking notices write them. */
        public String when(SupportedLocale reader) {
            return SessionTimes.when(startsAt, endsAt, reader);
        }
    }

    /** An active booking: a seat ({@code confirmed}) or a place in the waiting list ({@code waitlisted}). */
    public record Seat(UUID id, UUID sessionId, UUID newcomerId, String status) {

        public boolean isConfirmed() {
            return Booking.CONFIRMED.equals(status);
        }
    }

    /** The outcome of a walk-in: the booking of the free seat taken, or none when the session was full. */
    public record WalkIn(@Nullable UUID bookingId, boolean overCapacity) {
    }

    private final WorkshopSessions sessions;
    private final Bookings bookings;

    TrainerSessions(WorkshopSessions sessions, Bookings bookings) {
        this.sessions = sessions;
        this.bookings = bookings;
    }

    /** Sessions the staff member is a trainer of that end after the given moment, earliest first. */
    public List<Taught> taughtBy(UUID staff, Instant endingAfter) {
        return sessions.taughtBy(staff, endingAfter).stream().map(this::taught).toList();
    }

    public Optional<Taught> find(UUID session) {
        return sessions.findById(session).map(this::taught);
    }

    /** Seats and places in the waiting list of the session, seats first. */
    public List<Seat> activeIn(UUID session) {
        return bookings.activeIn(session).stream().map(TrainerSessions::seat).toList();
    }

    /** A booking, also one that has ended (its status says how). */
    public Optional<Seat> booking(UUID id) {
        return bookings.findById(id).map(TrainerSessions::seat);
    }

    public Optional<Seat> activeOf(UUID newcomer) {
        return bookings.activeOf(newcomer).map(TrainerSessions::seat);
    }

    /** Whether the newcomer booked again after missing the session: a booking for another one, held now or made since it began. */
    public boolean bookedAgain(UUID newcomer, UUID missed) {
        return sessions.findById(missed).map(session -> bookings.bookedOtherThan(newcomer, missed, session.startsAt())).orElse(false);
    }

    /**
     * The seat of a session the newcomer did not come to ends as missed, so that they can book another:
     * a newcomer holds one active booking. Takes the session's lock like every change to its seats.
     */
    @Transactional
    public void endMissedSeat(UUID session, UUID newcomer) {
        sessions.lock(session);
        bookings.endIn(session, newcomer, Booking.MISSED);
    }

    /**
     * A newcomer who had not booked came to the session: they take a free seat (a confirmed booking
     * made by the trainer), or, when every seat is taken, none, and the caller records them as over
     * capacity. Runs under the session's lock, so it never takes a seat another request just took.
     * A newcomer with a booking for another session is refused ({@link BookedForAnotherSession}); a place in this session's waiting list becomes
     * the seat when one is free.
     */
    @Transactional
    public WalkIn walkIn(UUID session, UUID newcomer, UUID staff) {
        WorkshopSession locked = sessions.lock(session).orElseThrow(SessionNotFound::new);
        Optional<Booking> active = bookings.activeOf(newcomer).filter(booking -> booking.sessionId().equals(session));
        if (active.filter(Booking::isConfirmed).isPresent()) {
            return new WalkIn(active.get().id(), false);
        }
        boolean free = bookings.confirmedIn(session) < locked.capacity();
        if (!free) {
            return new WalkIn(null, true);
        }
        if (active.isPresent()) {
            bookings.confirm(active.get().id());
            return new WalkIn(active.get().id(), false);
        }
        if (bookings.activeOf(newcomer).isPresent()) {
            throw new BookedForAnotherSession();
        }
        Booking seat = bookings.save(new Booking(UUID.randomUUID(), session, newcomer, Booking.CONFIRMED, null, staff, Instant.now(), null));
        return new WalkIn(seat.id(), false);
    }

    private Taught taught(WorkshopSession session) {
        return new Taught(session.id(), session.municipalityCode(), session.title(), session.startsAt(), session.endsAt(), session.status(),
                session.placeName(), session.placeRoom(), session.capacity(), session.languages(), session.interpreterLanguages(),
                sessions.trainersOf(session.id()).stream().map(WorkshopSessions.TrainerName::id).toList());
    }

    private static Seat seat(Booking booking) {
        return new Seat(booking.id(), booking.sessionId(), booking.newcomerId(), booking.status());
    }
}
