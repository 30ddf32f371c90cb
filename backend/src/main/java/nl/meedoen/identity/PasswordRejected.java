package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** A new password that does not meet the rules. */
public final class PasswordRejected extends ProblemException {

    PasswordRejected(String detail) {
        super(HttpStatus.BAD_REQUEST, "Password not accepted", detail);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("invalidParams", List.of(Map.of("name", "password", "reason", detail())));
    }
}
