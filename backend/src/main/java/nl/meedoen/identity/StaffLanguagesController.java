package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.TokenRequired;

import java.util.List;
import java.util.UUID;

/** The languages a staff member reads: set by the person on their own screen, or by the platform admin. */
@CommonResponses
@TokenRequired
@InvalidInputResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/staff")
@Tag(name = "Staff")
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffLanguagesController {

    private final StaffLanguages languages;

    StaffLanguagesController(StaffLanguages languages) {
        this.languages = languages;
    }

    @Serdeable
    @Schema(name = "LanguagesRead")
    record LanguagesRead(@NotNull @Size(max = 40) List<@NotNull String> languages) {
    }

    @Get("/me/languages")
    @Operation(summary = "The languages the signed-in staff member reads besides Dutch")
    LanguagesRead mine(SignedInStaff staff) {
        return new LanguagesRead(languages.of(staff.id()));
    }

    @JsonBodyResponses
    @Put("/me/languages")
    @Operation(summary = "Say which languages you read besides Dutch; editors review translations in those languages only")
    LanguagesRead setMine(@Body @Valid LanguagesRead read, SignedInStaff staff, HttpRequest<?> request) {
        return new LanguagesRead(languages.set(staff, staff.id(), read.languages(), ClientAddress.of(request)));
    }

    @JsonBodyResponses
    @RoleRequired
    @NotFoundResponse
    @Put("/{id}/languages")
    @Operation(summary = "Set which languages a staff member reads besides Dutch (platform admin)")
    LanguagesRead set(@PathVariable UUID id, @Body @Valid LanguagesRead read, SignedInStaff staff, HttpRequest<?> request) {
        staff.requireAdmin();
        return new LanguagesRead(languages.set(staff, id, read.languages(), ClientAddress.of(request)));
    }
}
