package nl.meedoen.municipality;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** A name that gives no address in Latin letters and digits, which every municipality's pages need. */
final class InvalidMunicipalityName extends ProblemException {

    InvalidMunicipalityName() {
        super(HttpStatus.BAD_REQUEST, "Invalid municipality name",
                "The name must contain letters or digits that can be written in Latin script, such as 's-Hertogenbosch or Súdwest-Fryslân.");
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("invalidParams", List.of(Map.of("name", "name", "reason", "must give an address in Latin letters and digits")));
    }
}
