package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** No valid token came with a request that needs one. */
public final class SignInRequired extends ProblemException {

    SignInRequired(String detail) {
        super(HttpStatus.UNAUTHORIZED, "Sign-in required", detail);
    }
}
