package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The municipality's deadline for cancelling or moving a seat has passed. */
final class DeadlinePassed extends ProblemException {

    DeadlinePassed() {
        super(HttpStatus.CONFLICT, "Deadline passed", "It is too late to cancel or move this booking yourself. Call or visit the municipality.");
    }
}
