package nl.meedoen.attendance;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.Map;

/** A check-in code that does not admit its bearer to this session; {@link #reason()} says why, in one word. */
final class CheckInCodeRefused extends ProblemException {

    private final String reason;

    private CheckInCodeRefused(String reason, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Check-in code refused", detail);
        this.reason = reason;
    }

    static CheckInCodeRefused malformed() {
        return new CheckInCodeRefused("malformed", "This is not a Meedoen check-in code.");
    }

    static CheckInCodeRefused forged() {
        return new CheckInCodeRefused("forged", "The check-in code was not signed by Meedoen, or it was changed after signing.");
    }

    static CheckInCodeRefused expired() {
        return new CheckInCodeRefused("expired", "The check-in code has expired: it was valid until the end of the session's day.");
    }

    static CheckInCodeRefused otherSession() {
        return new CheckInCodeRefused("other-session", "The check-in code is for another session.");
    }

    String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("reason", reason);
    }
}
