package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A booking needs an Idempotency-Key header, so that a retry never books twice. */
final class IdempotencyKeyRequired extends ProblemException {

    IdempotencyKeyRequired() {
        super(HttpStatus.BAD_REQUEST, "Idempotency-Key required", "Send an Idempotency-Key header (1 to 200 characters, a new random value per booking, the same one when retrying).");
    }
}
