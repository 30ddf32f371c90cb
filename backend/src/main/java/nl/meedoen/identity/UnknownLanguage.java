package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;

/** A language code that Meedoen does not ship. */
final class UnknownLanguage extends ProblemException {

    UnknownLanguage(String code, List<String> codes) {
        super(HttpStatus.BAD_REQUEST, "Unknown language", "'" + code + "' is no language of Meedoen: give codes from " + codes + ".");
    }
}
