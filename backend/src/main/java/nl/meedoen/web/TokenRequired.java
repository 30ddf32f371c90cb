package nl.meedoen.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation takes a {@link Caller}: it needs a bearer token, and answers 401 without a valid one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SecurityRequirement(name = OpenApiComponents.BEARER)
@ApiResponse(responseCode = "401", ref = OpenApiComponents.UNAUTHORIZED)
public @interface TokenRequired {
}
