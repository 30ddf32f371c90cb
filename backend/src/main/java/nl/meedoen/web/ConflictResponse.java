package nl.meedoen.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation adds or replaces something a unique constraint guards: a request racing another one
 * for the same thing answers 409 ({@link UniqueViolationHandler}), and trying again after a reload helps.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "409", ref = OpenApiComponents.CONFLICT)
public @interface ConflictResponse {
}
