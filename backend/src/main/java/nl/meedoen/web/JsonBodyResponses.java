package nl.meedoen.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation reads a JSON body: it can be invalid (400), larger than
 * {@code micronaut.server.max-request-size} (413) or not JSON at all (415).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", ref = OpenApiComponents.BAD_REQUEST)
@ApiResponse(responseCode = "413", ref = OpenApiComponents.CONTENT_TOO_LARGE)
@ApiResponse(responseCode = "415", ref = OpenApiComponents.UNSUPPORTED_MEDIA_TYPE)
public @interface JsonBodyResponses {
}
