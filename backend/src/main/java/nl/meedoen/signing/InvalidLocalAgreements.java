package nl.meedoen.signing;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Local agreements that cannot be saved as given. Like a failed bean validation it names each field in
 * {@code invalidParams} ({@code translations.ar}), so that the form shows the reason beside the field.
 */
final class InvalidLocalAgreements extends ProblemException {

    @Serdeable
    record Field(String name, String reason) {
    }

    private final List<Field> fields;

    InvalidLocalAgreements(List<Field> fields) {
        super(HttpStatus.BAD_REQUEST, "Invalid local agreements",
                fields.stream().map(field -> field.name() + ": " + field.reason()).collect(Collectors.joining("; ")));
        this.fields = List.copyOf(fields);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("invalidParams", fields);
    }
}
