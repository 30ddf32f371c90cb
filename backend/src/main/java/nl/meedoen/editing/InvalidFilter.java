package nl.meedoen.editing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A filter value that names no status, section or language. */
final class InvalidFilter extends ProblemException {

    InvalidFilter(String detail) {
        super(HttpStatus.BAD_REQUEST, "Invalid filter", detail);
    }
}
