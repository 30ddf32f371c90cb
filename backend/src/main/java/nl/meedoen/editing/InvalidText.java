package nl.meedoen.editing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** A text or place that may not be published as it is; {@code problems} says every reason at once. */
final class InvalidText extends ProblemException {

    private final List<String> problems;

    InvalidText(List<String> problems) {
        this("Text not publishable", problems);
    }

    InvalidText(String title, List<String> problems) {
        super(HttpStatus.BAD_REQUEST, title, String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("problems", problems);
    }
}
