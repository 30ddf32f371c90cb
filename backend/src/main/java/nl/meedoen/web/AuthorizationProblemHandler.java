package nl.meedoen.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Answers a request that the security rules turned away, before its path or body was looked at: 401
 * with a bearer challenge when no valid token came with it, 403 when the caller is known but not
 * allowed. Both are problem documents like every other error of the API.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return Problems.asProblem(HttpResponse.status(HttpStatus.FORBIDDEN).body(Problems.body(HttpStatus.FORBIDDEN,
                    "Not allowed", "Your role does not allow this. Ask a coordinator of your municipality.", request, Map.of())));
        }
        boolean tokenSent = request.getHeaders().getAuthorization().isPresent();
        String detail = tokenSent
                ? "The token is not valid, has expired, or its sign-in has ended. Sign in again."
                : "Sign in first, and send the token as 'Authorization: Bearer <token>'.";
        return Problems.asProblem(HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header(Problems.WWW_AUTHENTICATE, Problems.bearerChallenge(tokenSent))
                .body(Problems.body(HttpStatus.UNAUTHORIZED, "Sign-in required", detail, request, Map.of())));
    }
}
