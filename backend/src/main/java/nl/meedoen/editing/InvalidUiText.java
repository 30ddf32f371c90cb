package nl.meedoen.editing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** An interface text that may not be published as it is: names the key and says every reason at once. */
final class InvalidUiText extends ProblemException {

    private final String key;
    private final List<String> problems;

    InvalidUiText(String key, String lang, List<String> problems) {
        super(HttpStatus.BAD_REQUEST, "Interface text not publishable", key + " (" + lang + "): " + String.join(" ", problems));
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("key", key, "problems", problems);
    }
}
