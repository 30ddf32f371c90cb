package nl.meedoen.editing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The text cannot be marked reviewed by this person, or not in its present state. */
final class ReviewRefused extends ProblemException {

    ReviewRefused(String reason) {
        super(HttpStatus.CONFLICT, "Review not possible", reason);
    }
}
