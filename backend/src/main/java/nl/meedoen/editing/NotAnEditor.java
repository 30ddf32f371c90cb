package nl.meedoen.editing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The caller is not an editor of this content. */
final class NotAnEditor extends ProblemException {

    NotAnEditor() {
        this("Only national content editors may edit national content.");
    }

    NotAnEditor(String detail) {
        super(HttpStatus.FORBIDDEN, "Not allowed", detail);
    }
}
