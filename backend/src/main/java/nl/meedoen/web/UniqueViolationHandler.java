package nl.meedoen.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A change that a unique constraint stopped is a conflict (409), not a failure: usually two requests
 * raced to add the same thing, and checking first cannot prevent that. Every other database failure
 * stays a 500, described by {@link ProblemResponseProcessor}.
 */
@Singleton
final class UniqueViolationHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UniqueViolationHandler.class);
    private static final String GENERIC = "This conflicts with something that already exists or that was saved at the same moment. "
            + "Reload and try again.";

    private final Map<String, String> details;
    private final ErrorResponseProcessor<?> errors;

    UniqueViolationHandler(List<UniqueConstraintMessage> messages, ErrorResponseProcessor<?> errors) {
        this.details = messages.stream().collect(Collectors.toMap(UniqueConstraintMessage::constraint, UniqueConstraintMessage::detail));
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        Optional<SqlFailure> failure = SqlFailure.in(exception).filter(SqlFailure::isUniqueViolation);
        if (failure.isEmpty()) {
            return errors.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
        }
        LOG.info("Request {} {} conflicts ({})", request.getMethodName(), request.getPath(), failure.get().describe());
        String constraint = failure.get().constraint();
        String detail = constraint == null ? GENERIC : details.getOrDefault(constraint, GENERIC);
        return Problems.asProblem(HttpResponse.status(HttpStatus.CONFLICT)
                .body(Problems.body(HttpStatus.CONFLICT, "Conflict", detail, request, Map.of())));
    }
}
