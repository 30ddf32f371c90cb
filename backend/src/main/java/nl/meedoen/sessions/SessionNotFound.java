package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** No session of the caller's municipality has this id. */
final class SessionNotFound extends ProblemException {

    SessionNotFound() {
        super(HttpStatus.NOT_FOUND, "Session not found", "There is no such session in this municipality.");
    }
}
