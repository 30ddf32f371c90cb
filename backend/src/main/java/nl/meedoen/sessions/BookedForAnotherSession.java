package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A walk-in who holds a booking for another session: that booking is moved or cancelled first. */
final class BookedForAnotherSession extends ProblemException {

    BookedForAnotherSession() {
        super(HttpStatus.CONFLICT, "Booked for another session",
                "This newcomer has a booking for another session. A coordinator moves or cancels it first.");
    }
}
