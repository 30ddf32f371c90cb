package nl.meedoen.signing;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.NotFoundResponse;

/**
 * Anyone holding a certificate's code checks it here, without signing in: valid or revoked, the
 * municipality, the date and the initials. Nothing else about the person.
 */
@CommonResponses
@NotFoundResponse
@InvalidInputResponse
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("${meedoen.api.path}/verifications")
@Tag(name = "Signing")
@ExecuteOn(TaskExecutors.BLOCKING)
class VerificationController {

    private final SignatureRecord record;

    VerificationController(SignatureRecord record) {
        this.record = record;
    }

    @Get("/{code}")
    @Operation(summary = "Check a verification code: valid or revoked, municipality, date of signing and initials")
    SignatureRecord.Verification verify(@PathVariable String code) {
        return record.verify(code);
    }
}
