package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The newcomer has no booking (confirmed or on a waiting list). */
final class NoBooking extends ProblemException {

    NoBooking() {
        super(HttpStatus.NOT_FOUND, "No booking", "There is no booking to show, move or cancel.");
    }
}
