package nl.meedoen.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value that cannot be read as its type (a date such as 2026-02-30, a word where a number belongs)
 * as a 400 naming the field and the form it needs. The framework's own message names Java classes
 * and is no help to the caller.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
final class UnreadableValueHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    /** How the JSON reader names the property it failed on. */
    private static final Pattern PROPERTY = Pattern.compile("Error decoding property \\[(\\S+) (\\w+)]");

    private static final Map<String, String> FORMS = Map.of(
            "LocalDate", "must be a date in the form YYYY-MM-DD, such as 2026-01-15",
            "Instant", "must be a moment in the form 2026-01-15T09:30:00Z",
            "UUID", "must be an identifier (UUID)",
            "Integer", "must be a whole number",
            "int", "must be a whole number",
            "Boolean", "must be true or false",
            "boolean", "must be true or false");

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (property.find()) {
                return InvalidParam.problem(request, List.of(new InvalidParam(property.group(2), reason(property.group(1)))));
            }
        }
        String type = exception.getArgument().getType().getSimpleName();
        return InvalidParam.problem(request, List.of(new InvalidParam(exception.getArgument().getName(), reason(type))));
    }

    private static String reason(String type) {
        return FORMS.getOrDefault(type, "must be a valid value of type " + type);
    }
}
