package nl.meedoen.editing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A translator's file that is not taken in: nothing of it was applied. */
final class InvalidTranslatorFile extends ProblemException {

    InvalidTranslatorFile(String detail) {
        super(HttpStatus.BAD_REQUEST, "File not imported", detail + " Nothing was changed.");
    }
}
