package nl.meedoen.sessions;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.NewcomerContacts;
import nl.meedoen.identity.SignedInStaff;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Booking, moving and cancelling seats. Every change first locks the row of each session concerned
 * (in the order of their ids, so two moves never wait for each other in a circle), then counts and
 * writes: capacity holds however many requests arrive on however many instances. The partial unique
 * index of V14 keeps one active booking per newcomer. A freed seat goes at once to the first in the
 * waiting list, under the same lock, so it is given exactly once.
 */
@Singleton
class Seats {

    private final WorkshopSessions sessions;
    private final Bookings bookings;
    private final BookingRequests requests;
    private final BookingRules rules;
    private final BookingViews views;
    private final BookingNotices notices;
    private final AuditLog audit;
    private final JsonMapper json;

    Seats(WorkshopSessions sessions, Bookings bookings, BookingRequests requests, BookingRules rules, BookingViews views,
          BookingNotices notices, AuditLog audit, JsonMapper json) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.requests = requests;
        this.rules = rules;
        this.views = views;
        this.notices = notices;
        this.audit = audit;
        this.json = json;
    }

    /**
     * A seat, or a place in the waiting list when the session is full. The idempotency key is taken
     * first: a retry with the same key, also one running at the same moment or after a restart, gets
     * the answer of the first request, and the same key for another request is refused.
     */
    @Transactional
    BookingView book(String caller, String key, NewcomerContacts.Contact newcomer, UUID sessionId, @Nullable SignedInStaff by,
                     String client) {
        String hash = sha256(newcomer.id() + " " + sessionId);
        if (requests.claim(caller, key, hash) == 0) {
            BookingRequest earlier = requests.find(caller, key).orElseThrow(BookingChanged::new);
            if (!earlier.requestHash().equals(hash) || earlier.response() == null) {
                throw new IdempotencyKeyReused();
            }
            return read(earlier.response());
        }
        WorkshopSession session = sessions.lock(sessionId).filter(found -> found.municipalityCode().equals(newcomer.municipality()))
                .orElseThrow(SessionNotFound::new);
        Instant now = Instant.now();
        if (!session.isOpenAt(now)) {
            throw new SessionNotOpen();
        }
        if (bookings.activeOf(newcomer.id()).isPresent()) {
            throw new AlreadyBooked();
        }
        boolean seat = bookings.confirmedIn(sessionId) < session.capacity();
        Booking booking = bookings.save(new Booking(UUID.randomUUID(), sessionId, newcomer.id(),
                seat ? Booking.CONFIRMED : Booking.WAITLISTED, null, by == null ? null : by.id(), seat ? now : null, null));
        notices.booked(booking, session);
        if (by != null) {
            audit.record(by, newcomer.municipality(), "booking made for newcomer", "booking " + booking.id(), client);
        }
        BookingView view = views.of(booking, session, newcomer);
        requests.answer(caller, key, write(view));
        return view;
    }

    /**
     * Moves the booking to another session in one transaction: the new seat is taken and the old one
     * given up together, so the newcomer never has none or two. A full target is refused and the
     * booking stays as it was. Moving to the session already booked changes nothing (a retried move).
     */
    @Transactional
    BookingView move(NewcomerContacts.Contact newcomer, UUID target, @Nullable SignedInStaff by, String client) {
        Booking current = bookings.activeOf(newcomer.id()).orElseThrow(NoBooking::new);
        if (current.sessionId().equals(target)) {
            return views.of(current, sessions.findById(target).orElseThrow(), newcomer);
        }
        boolean targetFirst = target.compareTo(current.sessionId()) < 0;
        WorkshopSession to = targetFirst ? lockIn(newcomer, target) : null;
        WorkshopSession from = sessions.lock(current.sessionId()).orElseThrow();
        to = targetFirst ? to : lockIn(newcomer, target);
        Booking held = heldAgain(newcomer, current);
        Instant now = Instant.now();
        if (!to.isOpenAt(now)) {
            throw new SessionNotOpen();
        }
        if (by == null && held.isConfirmed() && now.isAfter(rules.changeableUntil(from))) {
            throw new DeadlinePassed();
        }
        if (bookings.confirmedIn(to.id()) >= to.capacity()) {
            throw new SessionFull();
        }
        bookings.end(held.id(), Booking.MOVED);
        Booking moved = bookings.save(new Booking(UUID.randomUUID(), to.id(), newcomer.id(), Booking.CONFIRMED, null,
                by == null ? null : by.id(), now, null));
        if (held.isConfirmed() && from.isOpenAt(now)) {
            fillFreeSeats(from);
        }
        notices.booked(moved, to);
        if (by != null) {
            audit.record(by, newcomer.municipality(), "booking moved for newcomer", "booking " + moved.id(), client);
        }
        return views.of(moved, to, newcomer);
    }

    /** Gives up the seat or the place in the waiting list; a newcomer's own seat only until the deadline. */
    @Transactional
    void cancel(NewcomerContacts.Contact newcomer, @Nullable SignedInStaff by, String client) {
        Booking current = bookings.activeOf(newcomer.id()).orElseThrow(NoBooking::new);
        WorkshopSession session = sessions.lock(current.sessionId()).orElseThrow();
        Booking held = heldAgain(newcomer, current);
        Instant now = Instant.now();
        if (by == null && held.isConfirmed() && now.isAfter(rules.changeableUntil(session))) {
            throw new DeadlinePassed();
        }
        bookings.end(held.id(), Booking.CANCELLED);
        if (held.isConfirmed() && session.isOpenAt(now)) {
            fillFreeSeats(session);
        }
        notices.cancelled(held, session);
        if (by != null) {
            audit.record(by, newcomer.municipality(), "booking cancelled for newcomer", "booking " + held.id(), client);
        }
    }

    /** Gives free seats of a session whose lock the caller holds to the first in its waiting list, and tells them. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void fillFreeSeats(WorkshopSession locked) {
        long free = locked.capacity() - bookings.confirmedIn(locked.id());
        if (free <= 0) {
            return;
        }
        for (Booking next : bookings.firstWaiting(locked.id(), (int) free)) {
            bookings.confirm(next.id());
            notices.promoted(next, locked);
        }
    }

    private WorkshopSession lockIn(NewcomerContacts.Contact newcomer, UUID session) {
        return sessions.lock(session).filter(found -> found.municipalityCode().equals(newcomer.municipality()))
                .orElseThrow(SessionNotFound::new);
    }

    /** The booking read before the locks, locked now; another request of the same newcomer may have changed it meanwhile. */
    private Booking heldAgain(NewcomerContacts.Contact newcomer, Booking current) {
        return bookings.lockActiveOf(newcomer.id()).filter(held -> held.id().equals(current.id())).orElseThrow(BookingChanged::new);
    }

    private String write(BookingView view) {
        try {
            return json.writeValueAsString(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BookingView read(String stored) {
        try {
            return json.readValue(stored, BookingView.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
