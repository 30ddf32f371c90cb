package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import nl.meedoen.municipality.Municipality;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.PublishedResponses;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.validation.PlainText;
import nl.meedoen.web.validation.TextInput;

/** Platform admins add the municipalities (tenants) that use this deployment. */
@CommonResponses
@Controller("${meedoen.api.path}/municipalities")
@Tag(name = "Municipalities and wegwijs")
@ExecuteOn(TaskExecutors.BLOCKING)
class MunicipalityAdminController {

    private final MunicipalityAdministration administration;
    private final PublishedResponses published;

    MunicipalityAdminController(MunicipalityAdministration administration, PublishedResponses published) {
        this.administration = administration;
        this.published = published;
    }

    @Serdeable
    @Schema(name = "NewMunicipality")
    record NewMunicipality(@NotBlank @Size(max = 6) String code, @NotBlank @PlainText(max = 100) String name) {

        NewMunicipality {
            name = TextInput.normalised(name);
        }
    }

    @JsonBodyResponses
    @ConflictResponse
    @RoleRequired
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a municipality by CBS code and name, or rename a known one (platform admins)")
    Municipality add(@Body @Valid NewMunicipality municipality, SignedInStaff staff, HttpRequest<?> request) {
        Municipality saved = administration.save(staff, municipality.code(), municipality.name(), ClientAddress.of(request));
        // The admin's next search on this instance already finds it; other instances follow within a second.
        published.refresh();
        return saved;
    }
}
