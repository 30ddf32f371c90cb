package nl.meedoen.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        return Problems.asProblem(HttpResponse.status(exception.status())
                .body(Problems.body(exception.status(), exception.title(), exception.detail(), request, exception.extensions())));
    }
}
