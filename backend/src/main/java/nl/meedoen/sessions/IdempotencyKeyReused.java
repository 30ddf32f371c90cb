package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** An idempotency key already used for another request. */
final class IdempotencyKeyReused extends ProblemException {

    IdempotencyKeyReused() {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused", "This Idempotency-Key was used for another booking request. Use a new key for a new request.");
    }
}
