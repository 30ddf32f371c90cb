package nl.meedoen.sessions;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sessions as coordinators read them, with their trainers and how full they are. */
@Singleton
class SessionDirectory {

    private final WorkshopSessions sessions;
    private final Bookings bookings;

    SessionDirectory(WorkshopSessions sessions, Bookings bookings) {
        this.sessions = sessions;
        this.bookings = bookings;
    }

    List<PlannedSession> endingAfter(String municipality, Instant from) {
        Map<UUID, Bookings.Count> counts = counts(municipality);
        return sessions.endingAfter(municipality, from).stream().map(session -> view(session, counts)).toList();
    }

    PlannedSession one(String municipality, UUID id) {
        WorkshopSession session = sessions.findById(id).filter(found -> found.municipalityCode().equals(municipality))
                .orElseThrow(SessionNotFound::new);
        return view(session, counts(municipality));
    }

    private Map<UUID, Bookings.Count> counts(String municipality) {
        return bookings.countsIn(municipality).stream().collect(Collectors.toMap(Bookings.Count::sessionId, Function.identity()));
    }

    private PlannedSession view(WorkshopSession session, Map<UUID, Bookings.Count> counts) {
        Bookings.Count count = counts.getOrDefault(session.id(), new Bookings.Count(session.id(), 0, 0));
        return new PlannedSession(session.id(), session.title(), SessionTimes.local(session.startsAt()), SessionTimes.local(session.endsAt()),
                session.startsAt(), session.endsAt(), session.place(), session.capacity(), session.languages(), session.interpreterLanguages(),
                sessions.trainersOf(session.id()).stream().map(trainer -> new PlannedSession.Trainer(trainer.id(), trainer.name())).toList(),
                session.status(), session.seriesId(), count.confirmed(), count.waitlisted());
    }
}
