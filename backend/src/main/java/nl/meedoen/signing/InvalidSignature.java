package nl.meedoen.signing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A submitted signature that cannot be recorded as given. */
final class InvalidSignature extends ProblemException {

    InvalidSignature(String detail) {
        super(HttpStatus.BAD_REQUEST, "Invalid signature", detail);
    }
}
