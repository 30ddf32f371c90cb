package nl.meedoen.editing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** No such page, language or version to edit. */
final class ItemNotFound extends ProblemException {

    ItemNotFound(String what) {
        super(HttpStatus.NOT_FOUND, "Not found", "There is no " + what + ".");
    }
}
