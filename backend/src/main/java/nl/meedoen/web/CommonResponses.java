package nl.meedoen.web;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller: every operation's success response carries the API-Version header (the generator
 * turns the "default" response into the operation's own status with its return type), and any
 * operation can fail on the server.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "default", description = "Success",
        headers = @Header(name = ApiVersionFilter.HEADER, ref = OpenApiComponents.API_VERSION_HEADER))
@ApiResponse(responseCode = "500", ref = OpenApiComponents.INTERNAL_SERVER_ERROR)
public @interface CommonResponses {
}
