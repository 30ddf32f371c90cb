package nl.meedoen.sessions;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;

/** A municipality's booking rules: until how many hours before a session newcomers may cancel or move. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/booking-settings")
@Tag(name = "Sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
class BookingSettingsController {

    private final BookingRules rules;
    private final BookingSettings settings;
    private final MunicipalityDirectory municipalities;
    private final AuditLog audit;

    BookingSettingsController(BookingRules rules, BookingSettings settings, MunicipalityDirectory municipalities, AuditLog audit) {
        this.rules = rules;
        this.settings = settings;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    @Serdeable
    @Schema(name = "BookingSettingsInput")
    record Input(@Min(0) @Max(336) int cancellationDeadlineHours) {
    }

    @Get
    @Operation(summary = "The municipality's booking rules")
    BookingRules.Settings read(@PathVariable String code, SignedInStaff staff) {
        return rules.of(access(code, staff));
    }

    @JsonBodyResponses
    @Put
    @Transactional
    @Operation(summary = "Set until how many hours before a session newcomers may cancel or move their booking (0 to 336)")
    BookingRules.Settings change(@PathVariable String code, @Body @Valid Input input, SignedInStaff staff, HttpRequest<?> request) {
        String municipality = access(code, staff);
        settings.store(municipality, input.cancellationDeadlineHours());
        audit.record(staff, municipality, "booking settings changed: cancellation deadline " + input.cancellationDeadlineHours() + " hours",
                null, ClientAddress.of(request));
        return rules.of(municipality);
    }

    private String access(String code, SignedInStaff staff) {
        String municipality = municipalities.require(code).code();
        staff.requireIn(municipality, Role.COORDINATOR);
        return municipality;
    }
}
