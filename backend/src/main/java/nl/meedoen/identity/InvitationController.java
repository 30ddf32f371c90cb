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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.TokenRequired;
import nl.meedoen.web.TooManyRequestsResponse;

/** The newcomer's side: redeem the code from the letter on a phone, and who that phone belongs to. */
@CommonResponses
@Controller("${meedoen.api.path}")
@Tag(name = "Newcomer sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final InvitationLetters letters;
    private final Newcomers newcomers;
    private final NewcomerSessions sessions;

    InvitationController(InvitationLetters letters, Newcomers newcomers, NewcomerSessions sessions) {
        this.letters = letters;
        this.newcomers = newcomers;
        this.sessions = sessions;
    }

    @Serdeable
    @Schema(name = "InvitationCode")
    record Code(@NotBlank @Size(max = 40) String code) {
    }

    @Serdeable
    @Schema(name = "NewcomerProfile")
    record Me(String name, String language, String municipality) {
    }

    @JsonBodyResponses
    @TooManyRequestsResponse
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/invitations/redeem")
    @Operation(summary = "Redeem an invitation code; the phone gets a long-lived newcomer token",
            description = "A code works once. Wrong codes are counted per client; after ten in 15 minutes the answer is 429.")
    InvitationLetters.Redeemed redeem(@Body @Valid Code code, HttpRequest<?> request) {
        return letters.redeem(code.code(), ClientAddress.of(request));
    }

    @TokenRequired
    @Secured(SignedInNewcomer.ROLE)
    @NotFoundResponse
    @Get("/newcomer/me")
    @Operation(summary = "The newcomer this phone belongs to")
    Me me(SignedInNewcomer newcomer) {
        Newcomer found = newcomers.byId(newcomer.id()).orElseThrow(NotFound::new);
        return new Me(found.name(), found.preferredLanguage(), found.municipality());
    }

    @TokenRequired
    @Secured(SignedInNewcomer.ROLE)
    @InvalidInputResponse
    @Post("/newcomer/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink this phone from the newcomer")
    void signOut(SignedInNewcomer newcomer) {
        sessions.revoke(newcomer.sessionId());
    }
}
