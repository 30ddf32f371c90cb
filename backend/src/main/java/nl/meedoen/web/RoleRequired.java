package nl.meedoen.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation is for staff with a particular role: it needs a bearer token (401 without a valid
 * one) and answers 403 to staff whose roles do not allow it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SecurityRequirement(name = OpenApiComponents.BEARER)
@ApiResponse(responseCode = "401", ref = OpenApiComponents.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = OpenApiComponents.FORBIDDEN)
public @interface RoleRequired {
}
