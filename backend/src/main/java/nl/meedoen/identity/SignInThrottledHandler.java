package nl.meedoen.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.meedoen.web.Problems;

/** The problem document for every {@link nl.meedoen.web.ProblemException}, plus Retry-After so clients know how long to wait. */
@Singleton
final class SignInThrottledHandler implements ExceptionHandler<SignInThrottled, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, SignInThrottled exception) {
        return Problems.asProblem(HttpResponse.status(exception.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds()))
                .body(Problems.body(exception.status(), exception.title(), exception.detail(), request, exception.extensions())));
    }
}
