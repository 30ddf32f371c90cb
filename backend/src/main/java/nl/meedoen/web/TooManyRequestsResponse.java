package nl.meedoen.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The operation slows down guessing: after too many failures it answers 429 for a while. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "429", ref = OpenApiComponents.TOO_MANY_REQUESTS)
public @interface TooManyRequestsResponse {
}
