package nl.meedoen.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.PublicAddress;
import nl.meedoen.web.TokenRequired;

/** How this deployment is set up, as far as staff need to know it to do their work: where letters point. */
@CommonResponses
@TokenRequired
@Controller("${meedoen.api.path}/setup")
@Tag(name = "Staff")
@ExecuteOn(TaskExecutors.BLOCKING)
class SetupController {

    private final PublicAddress publicAddress;

    SetupController(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    /** {@code publicAddressConfigured} is false when links on letters point at this machine (MEEDOEN_PUBLIC_URL not set). */
    @Serdeable
    record Setup(String publicAddress, boolean publicAddressConfigured) {
    }

    @Get
    @Operation(summary = "The address invitation letters and password links point at, and whether it is a public one (any staff member)")
    Setup setup(SignedInStaff staff) {
        return new Setup(publicAddress.base(), !publicAddress.isThisMachine());
    }
}
