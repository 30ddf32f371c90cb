package nl.meedoen.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        MutableHttpResponse<?> response = Problems.asProblem(HttpResponse.status(exception.status())
                .body(Problems.body(exception.status(), exception.title(), exception.detail(), request, exception.extensions())));
        if (exception.status() == HttpStatus.UNAUTHORIZED) {
            response.header(Problems.WWW_AUTHENTICATE, Problems.bearerChallenge(request.getHeaders().getAuthorization().isPresent()));
        }
        return response;
    }
}
