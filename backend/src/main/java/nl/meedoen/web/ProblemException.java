package nl.meedoen.web;

import io.micronaut.http.HttpStatus;

import java.util.Map;

/**
 * A request that cannot be served, for a reason the caller can understand and act on. Feature
 * packages name their own subclasses for what happened ({@code UnsupportedLocale}, {@code PageNotFound});
 * {@link ProblemExceptionHandler} turns every one of them into an RFC 9457 problem response.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    protected ProblemException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra members of the problem document, such as the list of valid values. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
