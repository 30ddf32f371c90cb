package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/**
 * Nothing the caller may see exists at this address. Also used for things of another municipality,
 * so that their existence does not leak.
 */
public final class NotFound extends ProblemException {

    public NotFound() {
        super(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address that you can see.");
    }
}
