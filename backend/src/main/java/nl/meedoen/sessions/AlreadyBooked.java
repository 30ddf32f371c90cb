package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A newcomer has one booking at a time; another session is reached by moving it. */
final class AlreadyBooked extends ProblemException {

    AlreadyBooked() {
        super(HttpStatus.CONFLICT, "Already booked", "You already have a booking. Move it to another session or cancel it first.");
    }
}
