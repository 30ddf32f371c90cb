package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A session that cannot be planned as asked: the detail names the field and why. */
final class InvalidSession extends ProblemException {

    InvalidSession(String field, String reason) {
        super(HttpStatus.BAD_REQUEST, "Invalid session", field + " " + reason + ".");
    }
}
