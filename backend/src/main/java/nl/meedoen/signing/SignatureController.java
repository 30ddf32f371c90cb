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
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.OpenApiComponents;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.validation.PlainText;
import nl.meedoen.web.validation.TextInput;

import java.util.UUID;

/** The municipality's record of signatures: checking its chain, a signature's certificate, and revoking a signature. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/signatures")
@Tag(name = "Signing")
@ExecuteOn(TaskExecutors.BLOCKING)
class SignatureController {

    private final SignatureRecord record;
    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final MunicipalityDirectory municipalities;

    SignatureController(SignatureRecord record, Certificates certificates, CertificatePdf pdf, MunicipalityDirectory municipalities) {
        this.record = record;
        this.certificates = certificates;
        this.pdf = pdf;
        this.municipalities = municipalities;
    }

    @Serdeable
    record Revocation(@NotBlank @PlainText(max = 1000) String reason) {

        Revocation {
            reason = TextInput.normalised(reason);
        }
    }

    @Get("/chain")
    @Operation(summary = "Walk the municipality's chain of signatures and name the first row that does not match")
    ChainCheck.Result chain(@PathVariable String code, SignedInStaff staff) {
        return record.check(municipalities.require(code).code(), staff);
    }

    @Post("/{id}/revocation")
    @Status(HttpStatus.CREATED)
    @JsonBodyResponses
    @ConflictResponse
    @Operation(summary = "Revoke a signature, with the reason: a new row in the record; the signature itself stays")
    SignatureView revoke(@PathVariable String code, @PathVariable UUID id, @Body @Valid Revocation revocation, SignedInStaff staff,
                         HttpRequest<?> request) {
        return record.revoke(municipalities.require(code).code(), id, revocation.reason(), staff, ClientAddress.of(request));
    }

    @Get(value = "/{id}/certificate.pdf", produces = "application/pdf")
    @ConflictResponse
    @ApiResponse(responseCode = "410", description = "The signature's personal parts were erased at the end of the retention period: "
            + "it has no certificate any more", headers = @Header(name = "API-Version", ref = OpenApiComponents.API_VERSION_HEADER),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "200", description = "The certificate",
            headers = @Header(name = "API-Version", ref = OpenApiComponents.API_VERSION_HEADER),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "The certificate of a signature as a PDF: the texts signed and shown, name, date, witness, verification code")
    HttpResponse<byte[]> certificate(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        return HttpResponse.ok(pdf.render(certificates.of(municipalities.require(code).code(), id, staff)))
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"participatieverklaring.pdf\"");
    }
}
