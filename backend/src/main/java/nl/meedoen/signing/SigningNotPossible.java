package nl.meedoen.signing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The ceremony or signature is not in a state that allows this step (already signed, not yet signed…). */
final class SigningNotPossible extends ProblemException {

    SigningNotPossible(String detail) {
        super(HttpStatus.CONFLICT, "Not possible now", detail);
    }
}
