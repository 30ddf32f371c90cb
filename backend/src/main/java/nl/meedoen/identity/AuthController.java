package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
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
import nl.meedoen.web.OpenApiComponents;
import nl.meedoen.web.TokenRequired;
import nl.meedoen.web.TooManyRequestsResponse;
import nl.meedoen.web.validation.PlainText;
import nl.meedoen.web.validation.TextInput;

@CommonResponses
@Controller("${meedoen.api.path}")
@Tag(name = "Sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final SignIn signIn;
    private final StaffAccounts accounts;

    AuthController(SignIn signIn, StaffAccounts accounts) {
        this.signIn = signIn;
        this.accounts = accounts;
    }

    /** The address is not judged by its form: any that is not a staff member's gets the same 401. */
    @Serdeable
    @Schema(name = "Credentials")
    record Credentials(@NotBlank @PlainText(max = 254) String email, @NotBlank @Size(max = 200) String password) {

        Credentials {
            email = TextInput.normalised(email);
        }
    }

    @Serdeable
    @Schema(name = "RefreshToken")
    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @Serdeable
    @Schema(name = "NewPassword")
    record NewPassword(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 200) String password) {
    }

    @JsonBodyResponses
    @ApiResponse(responseCode = "401", ref = OpenApiComponents.UNAUTHORIZED)
    @TooManyRequestsResponse
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/sign-in")
    @Operation(summary = "Sign in as staff with e-mail and password",
            description = "Returns a short-lived access token and a refresh token. Repeated failures from one client address, for one account or for many, are answered with 429 and Retry-After for a while; the account itself is never locked.")
    SignIn.Tokens signIn(@Body @Valid Credentials credentials, HttpRequest<?> request) {
        return signIn.signIn(credentials.email(), credentials.password(), ClientAddress.of(request));
    }

    @JsonBodyResponses
    @ApiResponse(responseCode = "401", ref = OpenApiComponents.UNAUTHORIZED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/sign-in/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; the old refresh token stops working",
            description = "A refresh token works once. Sending one that was exchanged before ends the whole sign-in: its access tokens and its newest refresh token stop working at once.")
    SignIn.Tokens refresh(@Body @Valid Refresh refresh, HttpRequest<?> request) {
        return signIn.refresh(refresh.refreshToken(), ClientAddress.of(request));
    }

    @TokenRequired
    @Secured(SignedInStaff.ROLE)
    @InvalidInputResponse
    @Post("/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "End this sign-in: its access and refresh tokens stop working at once")
    void signOut(SignedInStaff staff, HttpRequest<?> request) {
        signIn.signOut(staff, ClientAddress.of(request));
    }

    @JsonBodyResponses
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a password with the one-time link from an admin or coordinator")
    void setPassword(@Body @Valid NewPassword newPassword, HttpRequest<?> request) {
        signIn.setPassword(newPassword.token(), newPassword.password(), ClientAddress.of(request));
    }

    @TokenRequired
    @Secured(SignedInStaff.ROLE)
    @Get("/staff/me")
    @Operation(summary = "The signed-in staff member and their roles")
    SignIn.StaffProfile me(SignedInStaff staff) {
        return new SignIn.StaffProfile(staff.id(), staff.name(), staff.email(), accounts.roles(staff.id()));
    }
}
