package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Newcomers with an obligation whose deadline falls within the chosen number of weeks, and who have
 * not signed the participation declaration: those whose deadline has passed first, then by deadline.
 * A revoked signature is no signature. A refusal is not one either: the obligation is met by signing,
 * so someone who refused stays on the list (as {@code refused}) until they sign after all.
 */
@Singleton
class DeadlineList {

    /** Three years, the longest deadline there is: further ahead nobody can be due. */
    static final int MOST_WEEKS = 156;

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Serdeable
    record Answer(LocalDate today, int weeks, LocalDate until, List<DeadlineEntry> newcomers) {
    }

    private final DeadlineRows rows;
    private final AuditLog audit;

    DeadlineList(DeadlineRows rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @Transactional
    Answer due(String municipality, int weeks, SignedInStaff staff) {
        staff.requireIn(municipality, Role.COORDINATOR);
        LocalDate today = LocalDate.now(NETHERLANDS);
        LocalDate until = today.plusWeeks(weeks);
        List<DeadlineEntry> entries = rows.dueBy(municipality, until).stream().map(row -> entry(row, today)).toList();
        return new Answer(today, weeks, until, entries);
    }

    /** The list for a download: who took a file with names out of the service is in the audit log, in the same transaction. */
    @Transactional
    Answer export(String municipality, int weeks, SignedInStaff staff, String client) {
        Answer answer = due(municipality, weeks, staff);
        audit.record(staff, municipality, "deadline-list.exported", answer.newcomers().size() + " rows, weeks=" + weeks, client);
        return answer;
    }

    /** The furthest step decides what they still miss: a refusal, then attendance, a booking, a no-show, the invitation. */
    private static DeadlineEntry entry(DeadlineRows.Row row, LocalDate today) {
        String missing;
        LocalDate date = null;
        if (row.refusedOn() != null) {
            missing = DeadlineEntry.REFUSED;
            date = row.refusedOn();
        } else if (row.attendedOn() != null) {
            missing = DeadlineEntry.ATTENDED_NOT_SIGNED;
            date = row.attendedOn();
        } else if (row.bookingStatus() != null) {
            missing = "waitlisted".equals(row.bookingStatus()) ? DeadlineEntry.WAITLISTED : DeadlineEntry.BOOKED;
            date = row.bookedFor();
        } else if (row.noShowOn() != null) {
            missing = DeadlineEntry.NO_SHOW;
            date = row.noShowOn();
        } else if (row.redeemed()) {
            missing = DeadlineEntry.NOT_BOOKED;
        } else if (row.invited()) {
            missing = DeadlineEntry.INVITATION_NOT_REDEEMED;
        } else {
            missing = DeadlineEntry.NOT_INVITED;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, row.deadline());
        return new DeadlineEntry(row.id(), row.name(), row.preferredLanguage(), row.regime(), row.obligationStart(), row.deadline(),
                daysLeft, daysLeft < 0, missing, date);
    }
}
