package nl.meedoen.attendance;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.NewcomerContacts;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.identity.NotFound;
import nl.meedoen.sessions.TrainerSessions;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Walk-ins, the trainer's confirmation after the session, and coordinators' corrections; each in the audit log. */
@Singleton
class AttendanceRecords {

    @Serdeable
    @Schema(name = "WalkInResult")
    record WalkIn(UUID newcomerId, @Nullable UUID bookingId,
                  @Schema(description = "seat: a free seat was taken; over-capacity: every seat was taken, the newcomer came all the same",
                          allowableValues = {"seat", "over-capacity"}) String outcome) {
    }

    private final TrainerSessions sessions;
    private final TrainerAccess access;
    private final Attendances attendances;
    private final NewcomerContacts newcomers;
    private final Rosters rosters;
    private final AuditLog audit;

    AttendanceRecords(TrainerSessions sessions, TrainerAccess access, Attendances attendances, NewcomerContacts newcomers, Rosters rosters,
                      AuditLog audit) {
        this.sessions = sessions;
        this.access = access;
        this.attendances = attendances;
        this.newcomers = newcomers;
        this.rosters = rosters;
        this.audit = audit;
    }

    /**
     * A newcomer of the session's municipality who had not booked came: they take a free seat, or are
     * recorded as over capacity when every seat is taken. Someone already recorded stays as they are.
     */
    @Transactional
    WalkIn walkIn(SignedInStaff staff, UUID sessionId, UUID newcomerId, Instant at, String client) {
        TrainerSessions.Taught session = access.require(staff, sessionId);
        if (session.isCancelled()) {
            throw new AttendanceProblems.SessionCancelled();
        }
        NewcomerContacts.Contact newcomer = newcomers.in(session.municipality(), newcomerId).orElseThrow(AttendanceProblems.NoSuchNewcomer::new);
        TrainerSessions.WalkIn seat = sessions.walkIn(session.id(), newcomer.id(), staff.id());
        if (attendances.arrive(session.id(), newcomer.id(), seat.bookingId(), true, seat.overCapacity(), staff.id()) == 1) {
            attendances.checkIn(UUID.randomUUID(), session.id(), newcomer.id(), "walk-in", at, staff.id());
            audit.record(staff, session.municipality(), seat.overCapacity() ? "walk-in over capacity" : "walk-in took a free seat",
                    "session " + session.id() + " newcomer " + newcomer.id(), client);
        }
        return new WalkIn(newcomer.id(), seat.bookingId(), seat.overCapacity() ? "over-capacity" : "seat");
    }

    /**
     * After the session has begun, the trainer says who came: those listed are present, everyone else
     * with a seat is a no-show. Once only; what is wrong afterwards, a coordinator corrects.
     */
    @Transactional
    Rosters.Roster confirm(SignedInStaff staff, UUID sessionId, List<UUID> present, String client) {
        TrainerSessions.Taught session = access.require(staff, sessionId);
        if (session.isCancelled()) {
            throw new AttendanceProblems.SessionCancelled();
        }
        if (Instant.now().isBefore(session.startsAt())) {
            throw new AttendanceProblems.SessionNotBegun();
        }
        if (attendances.confirm(session.id(), staff.id()) == 0) {
            throw new AttendanceProblems.AlreadyConfirmed();
        }
        Rosters.Roster roster = rosters.roster(session);
        Set<UUID> listed = new HashSet<>(present);
        Set<UUID> onRoster = new HashSet<>();
        roster.entries().forEach(entry -> onRoster.add(entry.newcomerId()));
        if (!onRoster.containsAll(listed)) {
            throw new AttendanceProblems.NotOnRoster();
        }
        for (Rosters.Entry entry : roster.entries()) {
            boolean came = listed.contains(entry.newcomerId());
            if (came || "confirmed".equals(entry.bookingStatus()) || entry.attendance() != null) {
                attendances.set(session.id(), entry.newcomerId(), entry.bookingId(), came ? Attendance.PRESENT : Attendance.NO_SHOW, staff.id());
            }
        }
        audit.record(staff, session.municipality(), "attendance confirmed", "session " + session.id(), client);
        return rosters.roster(session);
    }

    /** A coordinator's correction of one newcomer's attendance, after the trainer's confirmation or instead of it. */
    @Transactional
    Rosters.Entry correct(SignedInStaff staff, String municipality, UUID sessionId, UUID newcomerId, String status, String client) {
        staff.requireIn(municipality, Role.COORDINATOR);
        TrainerSessions.Taught session = sessions.find(sessionId).filter(found -> found.municipality().equals(municipality))
                .orElseThrow(NotFound::new);
        Rosters.Entry entry = rosters.roster(session).entries().stream().filter(found -> found.newcomerId().equals(newcomerId)).findFirst()
                .orElseThrow(AttendanceProblems.NotOnRoster::new);
        attendances.set(session.id(), newcomerId, entry.bookingId(), status, staff.id());
        audit.record(staff, municipality, "attendance corrected: " + (entry.attendance() == null ? "none" : entry.attendance()) + " to " + status,
                "session " + session.id() + " newcomer " + newcomerId, client);
        return rosters.roster(session).entries().stream().filter(found -> found.newcomerId().equals(newcomerId)).findFirst().orElseThrow();
    }
}
