package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A cancelled or completed session stays as it is. */
final class SessionNotChangeable extends ProblemException {

    SessionNotChangeable() {
        super(HttpStatus.CONFLICT, "Session not changeable", "This session is cancelled or completed and can no longer be changed.");
    }
}
