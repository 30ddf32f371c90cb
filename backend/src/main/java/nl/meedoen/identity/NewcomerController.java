package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.municipality.SearchKey;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.ProblemException;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.validation.DateWithin;
import nl.meedoen.web.validation.EmailAddress;
import nl.meedoen.web.validation.PersonName;
import nl.meedoen.web.validation.PlainText;
import nl.meedoen.web.validation.TextInput;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Coordinators register, find and correct the newcomers of their municipality. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Controller("${meedoen.api.path}/municipalities/{code}/newcomers")
@Tag(name = "Newcomers")
@ExecuteOn(TaskExecutors.BLOCKING)
class NewcomerController {

    private final Newcomers newcomers;
    private final NewcomerIntake intake;
    private final MunicipalityDirectory municipalities;
    private final SupportedLocales locales;

    NewcomerController(Newcomers newcomers, NewcomerIntake intake, MunicipalityDirectory municipalities,
                       SupportedLocales locales) {
        this.newcomers = newcomers;
        this.intake = intake;
        this.municipalities = municipalities;
        this.locales = locales;
    }

    @Serdeable
    @Schema(name = "NewcomerRegistration")
    record Registration(@NotBlank @PersonName String name,
                        @NotBlank @Size(max = 3) String preferredLanguage,
                        @Schema(allowableValues = {"permit-holder", "family-migrant", "eu-voluntary", "other-voluntary"})
                        @NotBlank @Pattern(regexp = "permit-holder|family-migrant|eu-voluntary|other-voluntary",
                                message = "must be permit-holder, family-migrant, eu-voluntary or other-voluntary") String targetGroup,
                        @Schema(allowableValues = {"wi2021", "wi2013", "voluntary"})
                        @NotBlank @Pattern(regexp = "wi2021|wi2013|voluntary", message = "must be wi2021, wi2013 or voluntary") String regime,
                        @Nullable @DateWithin(yearsBefore = 20, yearsAfter = 2) LocalDate obligationStart,
                        @Nullable @Pattern(regexp = "[0-9+][0-9 -]{5,20}", message = "must be a phone number") String phone,
                        @Nullable @EmailAddress String email) {

        Registration {
            name = TextInput.normalised(name);
            phone = TextInput.normalised(phone);
            email = TextInput.normalised(email);
        }
    }

    @Serdeable
    @Schema(name = "NewcomerSearch")
    record Search(@NotBlank @PlainText(max = 200) String name) {
    }

    @Get
    @Operation(summary = "The newcomers of the municipality, newest first")
    List<Newcomer> list(@PathVariable String code, SignedInStaff staff) {
        String municipality = access(code, staff);
        return newcomers.in(municipality);
    }

    /**
     * A name is personal data, so it travels in the body of a POST rather than in a query string, which
     * browsers keep in their history and servers and proxies write to their logs.
     */
    @JsonBodyResponses
    @Post("/search")
    @Operation(summary = "The newcomers whose name contains the given text, newest first",
            description = "Case, accents and punctuation do not matter (\"celik\" finds \"Çelik\"); the name is sent in the body "
                    + "so that it never appears in a URL.")
    List<Newcomer> search(@PathVariable String code, @Body @Valid Search search, SignedInStaff staff) {
        String municipality = access(code, staff);
        String wanted = SearchKey.of(search.name());
        if (wanted.isEmpty()) {
            throw new InvalidSearch();
        }
        return newcomers.in(municipality).stream().filter(newcomer -> SearchKey.of(newcomer.name()).contains(wanted)).toList();
    }

    @JsonBodyResponses
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a newcomer: name, language, target group and integration regime; no BSN")
    Newcomer register(@PathVariable String code, @Body @Valid Registration registration, SignedInStaff staff, HttpRequest<?> request) {
        String municipality = access(code, staff);
        return intake.register(municipality, details(registration), staff, ClientAddress.of(request));
    }

    @Get("/{id}")
    @Operation(summary = "One newcomer of the municipality")
    Newcomer newcomer(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        return newcomers.find(access(code, staff), id).orElseThrow(NotFound::new);
    }

    @JsonBodyResponses
    @Put("/{id}")
    @Operation(summary = "Correct a newcomer: the same fields as at registration; the deadline follows from regime and start",
            description = "The invitation letter and a linked phone stay as they are.")
    Newcomer correct(@PathVariable String code, @PathVariable UUID id, @Body @Valid Registration corrected, SignedInStaff staff,
                     HttpRequest<?> request) {
        String municipality = access(code, staff);
        return intake.correct(municipality, id, details(corrected), staff, ClientAddress.of(request));
    }

    /** Wi2021 gives three years from the start of the obligation, Wi2013 one; voluntary participants have no deadline. */
    private NewcomerIntake.Registration details(Registration registration) {
        String lang = locales.require(registration.preferredLanguage()).code();
        LocalDate start = registration.obligationStart() == null ? LocalDate.now() : registration.obligationStart();
        LocalDate deadline = switch (registration.regime()) {
            case "wi2021" -> start.plusYears(3);
            case "wi2013" -> start.plusYears(1);
            default -> null;
        };
        return new NewcomerIntake.Registration(registration.name().strip(), lang, registration.targetGroup(), registration.regime(),
                registration.regime().equals("voluntary") ? null : start, deadline, blankToNull(registration.phone()),
                blankToNull(registration.email()));
    }

    private String access(String code, SignedInStaff staff) {
        String municipality = municipalities.require(code).code();
        staff.requireIn(municipality, Role.COORDINATOR);
        return municipality;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static final class InvalidSearch extends ProblemException {
        InvalidSearch() {
            super(HttpStatus.BAD_REQUEST, "Invalid search", "Give a part of the name with at least one letter or digit.");
        }
    }
}
