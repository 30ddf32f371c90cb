package nl.meedoen.sessions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.identity.Trainers;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Coordinators plan, change, copy and cancel sessions. Each change takes the session's lock, as
 * bookings do, and is in the audit log with it. Newcomers with a booking are told of a new time or
 * place and of a cancellation, in the same transaction ({@link BookingNotices}).
 */
@Singleton
class SessionPlanning {

    /** A session as a coordinator describes it; times are already instants. */
    record Plan(String title, Instant startsAt, Instant endsAt, Place place, int capacity, List<String> languages,
                List<String> interpreterLanguages, List<UUID> trainers, @Nullable String status) {
    }

    private final WorkshopSessions sessions;
    private final Bookings bookings;
    private final Seats seats;
    private final BookingNotices notices;
    private final Trainers trainers;
    private final AuditLog audit;

    SessionPlanning(WorkshopSessions sessions, Bookings bookings, Seats seats, BookingNotices notices, Trainers trainers, AuditLog audit) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.seats = seats;
        this.notices = notices;
        this.trainers = trainers;
        this.audit = audit;
    }

    @Transactional
    UUID plan(String municipality, Plan plan, SignedInStaff by, String client) {
        requireTrainers(municipality, plan.trainers());
        UUID id = UUID.randomUUID();
        sessions.save(new WorkshopSession(id, municipality, null, plan.title(), plan.startsAt(), plan.endsAt(), plan.place().name(),
                plan.place().address(), plan.place().room(), plan.place().accessibilityNotes(), plan.place().mapLink(), plan.capacity(),
                plan.languages(), plan.interpreterLanguages(), WorkshopSession.PLANNED, null, Instant.now()));
        plan.trainers().forEach(trainer -> sessions.addTrainer(id, trainer));
        audit.record(by, municipality, "session planned", "session " + id, client);
        return id;
    }

    /**
     * Replaces what the coordinator can change. More seats go to the waiting list at once; fewer seats
     * than are taken is refused. A new time or place is mailed to everyone booked.
     */
    @Transactional
    void change(String municipality, UUID id, Plan plan, SignedInStaff by, String client) {
        WorkshopSession session = locked(municipality, id);
        if (!session.isPlanned()) {
            throw new SessionNotChangeable();
        }
        if (plan.capacity() < bookings.confirmedIn(id)) {
            throw new CapacityBelowBookings();
        }
        String status = plan.status() == null ? WorkshopSession.PLANNED : plan.status();
        if (status.equals(WorkshopSession.COMPLETED) && plan.startsAt().isAfter(Instant.now())) {
            throw new InvalidSession("status", "can only be completed once the session has begun");
        }
        requireTrainers(municipality, plan.trainers());
        WorkshopSession changed = sessions.update(new WorkshopSession(id, municipality, session.seriesId(), plan.title(), plan.startsAt(),
                plan.endsAt(), plan.place().name(), plan.place().address(), plan.place().room(), plan.place().accessibilityNotes(),
                plan.place().mapLink(), plan.capacity(), plan.languages(), plan.interpreterLanguages(), status, session.createdAt(),
                Instant.now()));
        sessions.removeTrainers(id);
        plan.trainers().forEach(trainer -> sessions.addTrainer(id, trainer));
        if (changed.isOpenAt(Instant.now())) {
            seats.fillFreeSeats(changed);
        }
        boolean moved = !changed.startsAt().equals(session.startsAt()) || !changed.endsAt().equals(session.endsAt())
                || !Objects.equals(changed.place(), session.place());
        if (moved && changed.isPlanned()) {
            bookings.activeIn(id).forEach(booking -> notices.changed(booking, changed));
        }
        audit.record(by, municipality, moved ? "session changed (time or place)" : "session changed", "session " + id, client);
    }

    /** Ends every booking of the session and tells each newcomer. Cancelling twice changes nothing more. */
    @Transactional
    void cancel(String municipality, UUID id, SignedInStaff by, String client) {
        WorkshopSession session = locked(municipality, id);
        if (session.status().equals(WorkshopSession.CANCELLED)) {
            return;
        }
        if (!session.isPlanned()) {
            throw new SessionNotChangeable();
        }
        WorkshopSession cancelled = sessions.update(withStatus(session, WorkshopSession.CANCELLED));
        for (Booking booking : bookings.activeIn(id)) {
            bookings.end(booking.id(), Booking.SESSION_CANCELLED);
            notices.sessionCancelled(booking, cancelled);
        }
        audit.record(by, municipality, "session cancelled", "session " + id, client);
    }

    /**
     * Copies the session to the same weekday and clock time in each of the coming weeks (also across
     * a change to or from summer time), with the same place, capacity, languages and trainers.
     */
    @Transactional
    List<UUID> copyWeekly(String municipality, UUID id, int weeks, SignedInStaff by, String client) {
        WorkshopSession session = locked(municipality, id);
        UUID series = session.seriesId() == null ? session.id() : session.seriesId();
        if (session.seriesId() == null) {
            sessions.update(new WorkshopSession(session.id(), municipality, series, session.title(), session.startsAt(), session.endsAt(),
                    session.placeName(), session.placeAddress(), session.placeRoom(), session.accessibilityNotes(), session.mapLink(),
                    session.capacity(), session.languages(), session.interpreterLanguages(), session.status(), session.createdAt(),
                    Instant.now()));
        }
        List<UUID> trainerIds = sessions.trainersOf(id).stream().map(WorkshopSessions.TrainerName::id).toList();
        LocalDateTime start = SessionTimes.local(session.startsAt());
        LocalDateTime end = SessionTimes.local(session.endsAt());
        List<UUID> copies = new ArrayList<>();
        for (int week = 1; week <= weeks; week++) {
            UUID copy = UUID.randomUUID();
            sessions.save(new WorkshopSession(copy, municipality, series, session.title(),
                    SessionTimes.instant(start.plusWeeks(week), "start"), SessionTimes.instant(end.plusWeeks(week), "end"),
                    session.placeName(), session.placeAddress(), session.placeRoom(), session.accessibilityNotes(), session.mapLink(),
                    session.capacity(), session.languages(), session.interpreterLanguages(), WorkshopSession.PLANNED, null, Instant.now()));
            trainerIds.forEach(trainer -> sessions.addTrainer(copy, trainer));
            copies.add(copy);
        }
        audit.record(by, municipality, "session copied weekly (" + weeks + " weeks)", "session " + id, client);
        return copies;
    }

    private WorkshopSession locked(String municipality, UUID id) {
        return sessions.lock(id).filter(session -> session.municipalityCode().equals(municipality)).orElseThrow(SessionNotFound::new);
    }

    private void requireTrainers(String municipality, List<UUID> chosen) {
        Set<UUID> known = new HashSet<>();
        trainers.in(municipality).forEach(trainer -> known.add(trainer.id()));
        for (UUID trainer : chosen) {
            if (!known.contains(trainer)) {
                throw new InvalidSession("trainerIds", "must name staff with the trainer role in this municipality");
            }
        }
    }

    private static WorkshopSession withStatus(WorkshopSession session, String status) {
        return new WorkshopSession(session.id(), session.municipalityCode(), session.seriesId(), session.title(), session.startsAt(),
                session.endsAt(), session.placeName(), session.placeAddress(), session.placeRoom(), session.accessibilityNotes(),
                session.mapLink(), session.capacity(), session.languages(), session.interpreterLanguages(), status, session.createdAt(),
                Instant.now());
    }
}
