package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** The caller is known here, but none of their roles allows this. */
public final class NotAllowed extends ProblemException {

    NotAllowed() {
        super(HttpStatus.FORBIDDEN, "Not allowed", "Your role does not allow this. Ask a coordinator of your municipality.");
    }
}
