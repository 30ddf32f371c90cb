package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.OpenApiComponents;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Staff sign-in through the OpenID Connect providers in the configuration. */
@CommonResponses
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("${meedoen.api.path}/sign-in/oidc")
@Tag(name = "Sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
final class OidcController {

    private final OidcSignIn oidc;

    OidcController(OidcSignIn oidc) {
        this.oidc = oidc;
    }

    @Serdeable
    @Schema(name = "OidcProvider")
    record Provider(String id, String label) {
    }

    @Get
    @Operation(summary = "The OpenID Connect providers staff can sign in with")
    List<Provider> providers() {
        return oidc.providers().stream().map(provider -> new Provider(provider.getId(), provider.getLabel())).toList();
    }

    @InvalidInputResponse
    @NotFoundResponse
    @ApiResponse(responseCode = "303", description = "To the provider's sign-in page",
            headers = {@Header(name = "API-Version", ref = OpenApiComponents.API_VERSION_HEADER),
                    @Header(name = "Location", description = "The provider's authorization address", schema = @Schema(type = "string", format = "uri"))})
    @Get("/{provider}")
    @Status(HttpStatus.SEE_OTHER)
    @Operation(summary = "Start signing in at the provider: redirects the browser there")
    HttpResponse<Void> start(@PathVariable String provider) {
        return HttpResponse.seeOther(oidc.start(provider));
    }

    @InvalidInputResponse
    @NotFoundResponse
    @ApiResponse(responseCode = "303", description = "Into the app: signed in, or with the reason the sign-in failed",
            headers = {@Header(name = "API-Version", ref = OpenApiComponents.API_VERSION_HEADER),
                    @Header(name = "Location", description = "The app's address", schema = @Schema(type = "string", format = "uri"))})
    @Get("/{provider}/callback")
    @Status(HttpStatus.SEE_OTHER)
    @Operation(summary = "Where the provider sends the browser back; redirects into the app, signed in")
    HttpResponse<Void> callback(@PathVariable String provider, @QueryValue @Nullable String code, @QueryValue @Nullable String state,
                                HttpRequest<?> request) {
        return HttpResponse.seeOther(oidc.finish(provider, code, state, ClientAddress.of(request)));
    }
}
