package nl.meedoen.monitoring;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** A period or breakdown that cannot be asked for; the problem names the parameter, as a validation failure does. */
final class InvalidFiguresRequest extends ProblemException {

    private final String parameter;
    private final String reason;

    InvalidFiguresRequest(String parameter, String reason) {
        super(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReason(), parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("invalidParams", List.of(Map.of("name", parameter, "reason", reason)));
    }
}
