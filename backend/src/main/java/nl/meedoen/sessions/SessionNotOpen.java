package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The session is cancelled, completed or has begun: nobody can book or join it. */
final class SessionNotOpen extends ProblemException {

    SessionNotOpen() {
        super(HttpStatus.CONFLICT, "Session not open", "This session is cancelled, over or has begun. Choose another session.");
    }
}
