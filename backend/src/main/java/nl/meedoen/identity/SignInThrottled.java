package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/**
 * Too many failed sign-ins from this client address, for one account or for many. It says nothing
 * about whether the account exists: unknown e-mail addresses are counted and answered the same way.
 */
final class SignInThrottled extends ProblemException {

    private final long retryAfterSeconds;

    SignInThrottled(long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
                "Signing in failed too often from this device. Wait a few minutes and try again, or ask a coordinator for a new password link.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
