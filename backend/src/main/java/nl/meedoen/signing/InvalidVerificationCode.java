package nl.meedoen.signing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** Text that cannot be a verification code. */
final class InvalidVerificationCode extends ProblemException {

    InvalidVerificationCode() {
        super(HttpStatus.BAD_REQUEST, "Not a verification code",
                "A verification code has 10 characters: digits and the letters A to Z without I, L, O and U.");
    }
}
