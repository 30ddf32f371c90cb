package nl.meedoen.municipality;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** A municipality code that is not of the CBS form GM followed by four digits. */
public final class InvalidMunicipalityCode extends ProblemException {

    InvalidMunicipalityCode(String code) {
        super(HttpStatus.BAD_REQUEST, "Invalid municipality code",
                "'" + (code.length() > 20 ? code.substring(0, 20) + "…" : code)
                        + "' is not a municipality code. Use the CBS code: GM followed by four digits, such as GM0153.");
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("invalidParams", List.of(Map.of("name", "code", "reason", "GM followed by four digits")));
    }
}
