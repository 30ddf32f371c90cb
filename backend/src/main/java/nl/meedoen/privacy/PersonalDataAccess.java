package nl.meedoen.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.privacy.PersonalDataReport.Booking;
import nl.meedoen.privacy.PersonalDataReport.Registration;
import nl.meedoen.privacy.PersonalDataReport.Retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/**
 * A newcomer's right of access (AVG article 15): the report of everything held about them, read in one
 * transaction so that its groups agree with each other.
 */
@Singleton
class PersonalDataAccess {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final PersonalDataQueries queries;
    private final RetentionSettings retention;

    PersonalDataAccess(PersonalDataQueries queries, RetentionSettings retention) {
        this.queries = queries;
        this.retention = retention;
    }

    @Transactional(readOnly = true)
    PersonalDataReport of(SignedInNewcomer newcomer) {
        Registration registration = queries.registration(newcomer.id()).orElseThrow(NotFound::new);
        List<Booking> bookings = queries.bookings(newcomer.id());
        return new PersonalDataReport(Instant.now(), registration, queries.invitations(newcomer.id()),
                queries.phones(newcomer.id(), newcomer.sessionId()),
                bookings.stream().filter(booking -> !booking.status().equals("waitlisted")).toList(),
                bookings.stream().filter(booking -> booking.status().equals("waitlisted")).toList(),
                queries.attendance(newcomer.id()), queries.ceremonies(newcomer.id()), queries.signatures(newcomer.id()),
                queries.mails(registration.email()), queries.pushMessages(newcomer.id()),
                queries.staffActions(newcomer.id(), registration.municipalityCode()), retention(queries.trajectoryEnd(newcomer.id())));
    }

    /**
     * The retention job's own period ({@code meedoen.retention.keep-for}, five years by default) and its own
     * rule for when a trajectory ends (TrajectoryEnds), so the date told is the date the job will act on,
     * as things stand today: more activity, or a deadline still ahead, moves it later.
     */
    private Retention retention(Instant trajectoryEnds) {
        Period period = retention.keepFor();
        LocalDate deletedAfter = trajectoryEnds.atZone(NETHERLANDS).plus(period).toLocalDate();
        return new Retention(period.toString(), period.getYears(), period.getMonths(), period.getDays(), trajectoryEnds, deletedAfter,
                "Deleted " + (period.equals(Period.ofYears(5)) ? "five years" : period.toString()) + " after the trajectory ends; of the "
                        + "signature record only what proof of the declaration requires is kept, without name, image, reason or address.");
    }
}
