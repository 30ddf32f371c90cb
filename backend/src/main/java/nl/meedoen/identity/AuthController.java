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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.meedoen.web.ClientAddress;

@Controller("/api/v1")
@Tag(name = "Sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final SignIn signIn;
    private final StaffAccounts accounts;

    AuthController(SignIn signIn, StaffAccounts accounts) {
        this.signIn = signIn;
        this.accounts = accounts;
    }

    @Serdeable
    record Credentials(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @Serdeable
    record NewPassword(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 200) String password) {
    }

    @Post("/sign-in")
    @Operation(summary = "Sign in as staff with e-mail and password",
            description = "Returns a short-lived access token and a refresh token. Repeated failures lock the account for a while.")
    SignIn.Tokens signIn(@Body @Valid Credentials credentials, HttpRequest<?> request) {
        return signIn.signIn(credentials.email(), credentials.password(), ClientAddress.of(request));
    }

    @Post("/sign-in/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; the old refresh token stops working")
    SignIn.Tokens refresh(@Body @Valid Refresh refresh) {
        return signIn.refresh(refresh.refreshToken());
    }

    @Post("/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "End this sign-in: its access and refresh tokens stop working at once")
    void signOut(SignedInStaff staff, HttpRequest<?> request) {
        signIn.signOut(staff, ClientAddress.of(request));
    }

    @Post("/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a password with the one-time link from an admin or coordinator")
    void setPassword(@Body @Valid NewPassword newPassword, HttpRequest<?> request) {
        signIn.setPassword(newPassword.token(), newPassword.password(), ClientAddress.of(request));
    }

    @Get("/staff/me")
    @Operation(summary = "The signed-in staff member and their roles")
    SignIn.StaffProfile me(SignedInStaff staff) {
        return new SignIn.StaffProfile(staff.id(), staff.name(), staff.email(), accounts.roles(staff.id()));
    }
}
