package nl.meedoen.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the framework's own errors (unknown route, unreadable body, failed validation, body too
 * large, unexpected failures) into problem documents. Server-side failures never echo their cause
 * to the caller: it is logged with a reference the caller can quote instead, without the personal
 * data that database messages quote ({@link LoggableFailure}).
 */
@Singleton
@Primary
final class ProblemResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String detail;
        Map<String, Object> extensions = Map.of();
        if (status.getCode() >= 500) {
            String reference = java.util.UUID.randomUUID().toString();
            LOG.error("Request {} {} failed (reference {})", context.getRequest().getMethodName(),
                    context.getRequest().getPath(), reference, context.getRootCause().map(LoggableFailure::of).orElse(null));
            detail = "Something went wrong on our side. Please try again later; if it keeps happening, quote reference "
                    + reference + ".";
            extensions = Map.of("reference", reference);
        } else {
            detail = describe(context.getErrors(), status);
            List<Map<String, String>> invalid = context.getErrors().stream()
                    .filter(error -> error.getPath().isPresent())
                    .map(error -> Map.of("name", error.getPath().orElseThrow(), "reason", error.getMessage()))
                    .toList();
            if (!invalid.isEmpty()) {
                extensions = Map.of("invalidParams", invalid);
            }
        }
        return Problems.asProblem(response.body(Problems.body(status, status.getReason(), detail, context.getRequest(), extensions)));
    }

    private static String describe(List<Error> errors, HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "There is nothing at this address.";
        }
        if (errors.isEmpty()) {
            return status.getReason();
        }
        return errors.stream().map(Error::getMessage).collect(Collectors.joining("; "));
    }
}
