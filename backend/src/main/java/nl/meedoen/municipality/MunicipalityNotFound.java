package nl.meedoen.municipality;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** No municipality has this CBS code in Meedoen. */
public final class MunicipalityNotFound extends ProblemException {

    MunicipalityNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "Municipality not found", "There is no municipality " + code + " in Meedoen.");
    }
}
