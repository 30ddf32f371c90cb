package nl.meedoen.attendance;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The newcomer holds no seat in a session, so there is nothing to check in with. */
final class NoSeat extends ProblemException {

    NoSeat() {
        super(HttpStatus.NOT_FOUND, "No seat", "You have no seat in a session yet. A place in a waiting list gets a check-in code once it becomes a seat.");
    }
}
