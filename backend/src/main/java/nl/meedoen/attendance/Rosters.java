package nl.meedoen.attendance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import nl.meedoen.identity.NewcomerContacts;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.SearchKey;
import nl.meedoen.sessions.TrainerSessions;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The trainer's sessions and the roster of one: who booked, who came. */
@Singleton
class Rosters {

    @Serdeable
    @Schema(name = "TrainerSession")
    record TrainerSession(UUID id, String municipality, String title, Instant startsAt, Instant endsAt, String status, String placeName,
                          @Nullable String placeRoom, int capacity, List<String> languages, List<String> interpreterLanguages,
                          int booked, int present, boolean attendanceConfirmed) {
    }

    @Serdeable
    @Schema(name = "RosterEntry")
    record Entry(UUID newcomerId, @Nullable UUID bookingId, String name, String language, boolean interpreter,
                 @Schema(description = "confirmed, waitlisted, or none for a walk-in over capacity or a booking that ended")
                 @Nullable String bookingStatus,
                 @Schema(description = "present, no-show, or none yet") @Nullable String attendance,
                 int checkIns, boolean walkIn, boolean overCapacity) {
    }

    @Serdeable
    @Schema(name = "Roster")
    record Roster(TrainerSession session, List<Entry> entries) {
    }

    @Serdeable
    @Schema(name = "WalkInCandidate")
    record Candidate(UUID id, String name, String language) {
    }

    private final TrainerSessions sessions;
    private final TrainerAccess access;
    private final Attendances attendances;
    private final NewcomerContacts newcomers;

    Rosters(TrainerSessions sessions, TrainerAccess access, Attendances attendances, NewcomerContacts newcomers) {
        this.sessions = sessions;
        this.access = access;
        this.attendances = attendances;
        this.newcomers = newcomers;
    }

    /** Today's and later sessions the caller teaches, in every municipality where they are a trainer. */
    List<TrainerSession> taughtBy(SignedInStaff staff) {
        Instant today = LocalDate.now(CheckInCodes.NETHERLANDS).atStartOfDay(CheckInCodes.NETHERLANDS).toInstant();
        return sessions.taughtBy(staff.id(), today).stream().filter(session -> TrainerAccess.teaches(staff, session))
                .map(this::summary).toList();
    }

    Roster roster(SignedInStaff staff, UUID session) {
        return roster(access.require(staff, session));
    }

    /** Newcomers of the session's municipality whose name contains the text, to add one as a walk-in; at most 20. */
    List<Candidate> walkInCandidates(SignedInStaff staff, UUID session, String name) {
        TrainerSessions.Taught taught = access.require(staff, session);
        if (SearchKey.of(name).isEmpty()) {
            throw new AttendanceProblems.InvalidSearch();
        }
        return newcomers.named(taught.municipality(), name, 20).stream()
                .map(contact -> new Candidate(contact.id(), contact.name(), contact.language())).toList();
    }

    Roster roster(TrainerSessions.Taught session) {
        Map<UUID, Attendances.Row> attended = new HashMap<>();
        attendances.in(session.id()).forEach(row -> attended.put(row.newcomerId(), row));
        List<Entry> entries = new ArrayList<>();
        for (TrainerSessions.Seat seat : sessions.activeIn(session.id())) {
            entries.add(entry(session, seat.newcomerId(), seat.id(), seat.status(), attended.remove(seat.newcomerId())));
        }
        for (Attendances.Row row : attended.values()) {
            entries.add(entry(session, row.newcomerId(), row.bookingId(), null, row));
        }
        entries.sort(Comparator.comparing(Entry::name).thenComparing(Entry::newcomerId));
        return new Roster(summary(session), entries);
    }

    private TrainerSession summary(TrainerSessions.Taught session) {
        List<TrainerSessions.Seat> seats = sessions.activeIn(session.id());
        int present = (int) attendances.in(session.id()).stream().filter(row -> Attendance.PRESENT.equals(row.status())).count();
        return new TrainerSession(session.id(), session.municipality(), session.title(), session.startsAt(), session.endsAt(),
                session.status(), session.placeName(), session.placeRoom(), session.capacity(), session.languages(),
                session.interpreterLanguages(), (int) seats.stream().filter(TrainerSessions.Seat::isConfirmed).count(), present,
                attendances.isConfirmed(session.id()));
    }

    private Entry entry(TrainerSessions.Taught session, UUID newcomer, @Nullable UUID booking, @Nullable String bookingStatus,
                        Attendances.@Nullable Row attended) {
        NewcomerContacts.Contact contact = newcomers.of(newcomer).orElseThrow();
        boolean interpreter = !session.languages().contains(contact.language()) && session.interpreterLanguages().contains(contact.language());
        return new Entry(newcomer, booking, contact.name(), contact.language(), interpreter, bookingStatus,
                attended == null ? null : attended.status(), attended == null ? 0 : (int) attended.checkIns(),
                attended != null && attended.walkIn(), attended != null && attended.overCapacity());
    }
}
