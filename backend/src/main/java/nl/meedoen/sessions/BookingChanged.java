package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The booking changed at the same moment in another request. */
final class BookingChanged extends ProblemException {

    BookingChanged() {
        super(HttpStatus.CONFLICT, "Booking changed", "The booking changed at the same moment. Reload and try again.");
    }
}
