package nl.meedoen.municipality;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** A search text longer than any municipality name. */
public final class InvalidMunicipalitySearch extends ProblemException {

    InvalidMunicipalitySearch() {
        super(HttpStatus.BAD_REQUEST, "Search too long", "Search with at most 100 characters of the municipality's name.");
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("invalidParams", List.of(Map.of("name", "search", "reason", "at most 100 characters")));
    }
}
