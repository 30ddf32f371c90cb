package nl.meedoen.signing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** Local agreements that cannot be saved as given. */
final class InvalidLocalAgreements extends ProblemException {

    InvalidLocalAgreements(String detail) {
        super(HttpStatus.BAD_REQUEST, "Invalid local agreements", detail);
    }
}
