package nl.meedoen.signing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.validation.DateWithin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The coordinator's worklist for registering signatures and refusals in DUO's portal. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}")
@Tag(name = "Signing")
@ExecuteOn(TaskExecutors.BLOCKING)
class DuoController {

    private final DuoWorklist worklist;
    private final MunicipalityDirectory municipalities;

    DuoController(DuoWorklist worklist, MunicipalityDirectory municipalities) {
        this.worklist = worklist;
        this.municipalities = municipalities;
    }

    @Serdeable
    record Registration(@NotNull UUID signatureId, @NotNull @DateWithin(yearsBefore = 5, yearsAfter = 0) LocalDate registeredOn) {
    }

    @Get("/duo-worklist")
    @Operation(summary = "Signatures and refusals not yet registered with DUO, with the name, date and result the portal asks")
    List<DuoWorklist.Entry> open(@PathVariable String code, SignedInStaff staff) {
        return worklist.open(municipalities.require(code).code(), staff);
    }

    @Get(value = "/duo-worklist/export", produces = "text/csv")
    @Operation(summary = "The same worklist as a CSV file for a spreadsheet")
    HttpResponse<String> export(@PathVariable String code, SignedInStaff staff, HttpRequest<?> request) {
        return DuoCsv.of(worklist.export(municipalities.require(code).code(), staff, ClientAddress.of(request)))
                .download("duo-werklijst.csv");
    }

    @Post("/duo-registrations")
    @Status(HttpStatus.CREATED)
    @JsonBodyResponses
    @ConflictResponse
    @Operation(summary = "Mark a signature or refusal as registered in DUO's portal, on the given date")
    void register(@PathVariable String code, @Body @Valid Registration registration, SignedInStaff staff, HttpRequest<?> request) {
        worklist.markRegistered(municipalities.require(code).code(), registration.signatureId(), registration.registeredOn(), staff,
                ClientAddress.of(request));
    }
}
