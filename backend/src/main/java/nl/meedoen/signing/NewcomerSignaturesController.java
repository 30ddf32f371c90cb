package nl.meedoen.signing;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;

import java.util.List;
import java.util.UUID;

/** A newcomer's signatures and refusals, for the coordinator's newcomer screen (where a signature is revoked). */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/newcomers/{id}/signatures")
@Tag(name = "Signing")
@ExecuteOn(TaskExecutors.BLOCKING)
class NewcomerSignaturesController {

    private final SignatureRecord record;
    private final MunicipalityDirectory municipalities;

    NewcomerSignaturesController(SignatureRecord record, MunicipalityDirectory municipalities) {
        this.record = record;
        this.municipalities = municipalities;
    }

    @Get
    @Operation(summary = "The newcomer's signatures and refusals, oldest first, each revoked one with when and why")
    List<NewcomerSignature> list(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        return record.ofNewcomer(municipalities.require(code).code(), id, staff);
    }
}
