package nl.meedoen.privacy;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.privacy.PersonalDataReport.Booking;
import nl.meedoen.privacy.PersonalDataReport.Registration;
import nl.meedoen.privacy.PersonalDataReport.Retention;

import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A newcomer's right of access (AVG article 15): the report of everything held about them, read in one
 * transaction so that its groups agree with each other.
 */
@Singleton
class PersonalDataAccess {

    /** The retention job's setting; without it, the default the municipalities agreed on. */
    static final String DEFAULT_KEEP_FOR = "P5Y";

    private final PersonalDataQueries queries;
    private final String keepFor;

    PersonalDataAccess(PersonalDataQueries queries, @Value("${meedoen.retention.keep-for:P5Y}") String keepFor) {
        this.queries = queries;
        this.keepFor = keepFor;
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
                queries.staffActions(newcomer.id(), registration.municipalityCode()), retention());
    }

    private Retention retention() {
        Period period = period(keepFor);
        return new Retention(period.toString(), period.getYears(), period.getMonths(), period.getDays(),
                "Deleted or anonymised " + describe(period) + " after the trajectory ends; of the signature record only "
                        + "what proof of the declaration requires is kept, pseudonymised where possible.");
    }

    /** An ISO-8601 period (P5Y) or a number of days as Micronaut writes durations (1825d). */
    private static Period period(String configured) {
        String value = configured.strip();
        try {
            return value.matches("\\d+d") ? Period.ofDays(Integer.parseInt(value.substring(0, value.length() - 1))) : Period.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Period.parse(DEFAULT_KEEP_FOR);
        }
    }

    private static String describe(Period period) {
        if (period.equals(Period.parse(DEFAULT_KEEP_FOR))) {
            return "five years";
        }
        return period.getYears() + " years, " + period.getMonths() + " months and " + period.getDays() + " days";
    }
}
