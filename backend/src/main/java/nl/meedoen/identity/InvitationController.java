package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.TokenRequired;
import nl.meedoen.web.TooManyRequestsResponse;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The newcomer's side: redeem the code from the letter on a phone, and who that phone belongs to. */
@CommonResponses
@Controller("${meedoen.api.path}")
@Tag(name = "Newcomer sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final InvitationLetters letters;
    private final Newcomers newcomers;
    private final NewcomerSessions sessions;
    private final MunicipalityDirectory municipalities;
    private final SupportedLocales locales;

    InvitationController(InvitationLetters letters, Newcomers newcomers, NewcomerSessions sessions, MunicipalityDirectory municipalities,
                         SupportedLocales locales) {
        this.letters = letters;
        this.municipalities = municipalities;
        this.locales = locales;
        this.newcomers = newcomers;
        this.sessions = sessions;
    }

    @Serdeable
    @Schema(name = "InvitationCode")
    record Code(@NotBlank @Size(max = 40) String code) {
    }

    /**
     * What the newcomer's start screen shows. {@code deadline} is when the participation declaration must be
     * signed (none for voluntary participants); {@code deadlineText} writes it out in the language asked for.
     */
    @Serdeable
    @Schema(name = "NewcomerProfile")
    record Me(String name, String language, String municipality, String municipalityName,
              @Schema(allowableValues = {"wi2021", "wi2013", "voluntary"}) String regime,
              @Nullable LocalDate deadline, @Nullable String deadlineText, String lang) {
    }

    @JsonBodyResponses
    @TooManyRequestsResponse
    @Post("/invitations/redeem")
    @Operation(summary = "Redeem an invitation code; the phone gets a long-lived newcomer token",
            description = "A code works once. Wrong codes are counted per client; after ten in 15 minutes the answer is 429.")
    InvitationLetters.Redeemed redeem(@Body @Valid Code code, HttpRequest<?> request) {
        return letters.redeem(code.code(), ClientAddress.of(request));
    }

    @TokenRequired
    @NotFoundResponse
    @Get("/newcomer/me")
    @InvalidInputResponse
    @Operation(summary = "The newcomer this phone belongs to: name, municipality and the deadline for signing",
            description = "The deadline is written out in the language of the lang parameter, else the best match for Accept-Language.")
    Me me(SignedInNewcomer newcomer, @QueryValue @Nullable String lang, @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        Newcomer found = newcomers.byId(newcomer.id()).orElseThrow(NotFound::new);
        LocalDate deadline = found.deadline();
        return new Me(found.name(), found.preferredLanguage(), found.municipality(), municipalities.require(found.municipality()).name(),
                found.regime(), deadline, deadline == null ? null : InvitationLetters.longDate(deadline, locale), locale.code());
    }

    @TokenRequired
    @InvalidInputResponse
    @Post("/newcomer/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink this phone from the newcomer: its token stops working at once")
    void signOut(SignedInNewcomer newcomer) {
        sessions.revoke(newcomer.sessionId());
    }
}
