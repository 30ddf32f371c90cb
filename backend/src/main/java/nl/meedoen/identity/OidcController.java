package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.OpenApiComponents;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Staff sign-in through the OpenID Connect providers in the configuration. */
@CommonResponses
@Controller("${meedoen.api.path}")
@Tag(name = "Sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
class OidcController {

    private final OidcSignIn oidc;
    private final OidcBrowserCookie cookie;
    private final OidcHandover handover;

    OidcController(OidcSignIn oidc, OidcBrowserCookie cookie, OidcHandover handover) {
        this.oidc = oidc;
        this.cookie = cookie;
        this.handover = handover;
    }

    @Serdeable
    @Schema(name = "OidcProvider")
    record Provider(String id, String label) {
    }

    @Serdeable
    @Schema(name = "OidcHandover")
    record Handover(@NotBlank @Size(max = 200) String code) {
    }

    @Get("/sign-in/oidc")
    @Operation(summary = "The OpenID Connect providers staff can sign in with")
    List<Provider> providers() {
        return oidc.providers().stream().map(provider -> new Provider(provider.getId(), provider.getLabel())).toList();
    }

    @InvalidInputResponse
    @NotFoundResponse
    @ApiResponse(responseCode = "303", description = "To the provider's sign-in page, with a cookie that binds the sign-in to this browser",
            headers = {@Header(name = "API-Version", ref = OpenApiComponents.API_VERSION_HEADER),
                    @Header(name = "Location", description = "The provider's authorization address", schema = @Schema(type = "string", format = "uri"))})
    @Get("/sign-in/oidc/{provider}")
    @Status(HttpStatus.SEE_OTHER)
    @Operation(summary = "Start signing in at the provider: redirects the browser there")
    HttpResponse<Void> start(@PathVariable String provider) {
        OidcProvider chosen = oidc.provider(provider);
        OidcSignIn.Start start = oidc.start(chosen);
        MutableHttpResponse<Void> response = HttpResponse.seeOther(start.location());
        return start.browserValue() == null ? response : response.cookie(cookie.holding(start.browserValue(), chosen));
    }

    @InvalidInputResponse
    @NotFoundResponse
    @ApiResponse(responseCode = "303", description = "Into the app: with a one-time code to take the sign-in over, or with the reason it failed",
            headers = {@Header(name = "API-Version", ref = OpenApiComponents.API_VERSION_HEADER),
                    @Header(name = "Location", description = "The app's address", schema = @Schema(type = "string", format = "uri"))})
    @Get("/sign-in/oidc/{provider}/callback")
    @Status(HttpStatus.SEE_OTHER)
    @Operation(summary = "Where the provider sends the browser back; redirects into the app",
            description = "Goes on only in the browser that started the sign-in (it sends the cookie set at the start back).")
    HttpResponse<Void> callback(@PathVariable String provider, @QueryValue @Nullable String code, @QueryValue @Nullable String state,
                                HttpRequest<?> request) {
        OidcProvider chosen = oidc.provider(provider);
        return HttpResponse.<Void>seeOther(oidc.finish(chosen, code, state, cookie.valueIn(request), ClientAddress.of(request)))
                .cookie(cookie.cleared(chosen));
    }

    @JsonBodyResponses
    @Post("/auth/oidc/handover")
    @Operation(summary = "Take over a sign-in through a provider: exchange the one-time code from the app's address for tokens",
            description = "The code works once, for a minute; the answer is the same as that of a sign-in with a password.")
    SignIn.Tokens handover(@Body @Valid Handover handover, HttpRequest<?> request) {
        return this.handover.exchange(handover.code(), ClientAddress.of(request));
    }
}
