package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A move needs a free seat in the other session: moving never leaves a newcomer without one. */
final class SessionFull extends ProblemException {

    SessionFull() {
        super(HttpStatus.CONFLICT, "Session full", "The other session has no free seat. Your booking stays as it is.");
    }
}
