package nl.meedoen.signing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.OpenApiComponents;
import nl.meedoen.web.TokenRequired;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * The ceremony on the newcomer's own linked phone: the phone finds the ceremony a staff member opened for
 * it, reads the texts, signs; the staff member witnesses on their own device. Afterwards the phone keeps
 * the certificate.
 */
@CommonResponses
@TokenRequired
@NotFoundResponse
@Secured(SignedInNewcomer.ROLE)
@Controller("${meedoen.api.path}/newcomer")
@Tag(name = "Signing")
@ExecuteOn(TaskExecutors.BLOCKING)
class PhoneCeremonyController {

    private final CeremonyOnPhone ceremony;
    private final Certificates certificates;
    private final CertificatePdf pdf;

    PhoneCeremonyController(CeremonyOnPhone ceremony, Certificates certificates, CertificatePdf pdf) {
        this.ceremony = ceremony;
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @Get("/signing-ceremony")
    @Operation(summary = "The ceremony waiting on this phone: open to sign until onPhoneUntil, or signed and waiting for the witness")
    CeremonyView current(SignedInNewcomer phone) {
        return ceremony.current(phone);
    }

    @Get("/signing-ceremonies/{id}")
    @InvalidInputResponse
    @Operation(summary = "One of this phone's ceremonies as far as it has come; once witnessed, with the verification code")
    CeremonyView show(@PathVariable UUID id, SignedInNewcomer phone) {
        return ceremony.show(phone, id);
    }

    @Post("/signing-ceremonies/{id}/signature")
    @JsonBodyResponses
    @InvalidInputResponse
    @ConflictResponse
    @Operation(summary = "The newcomer signs on their phone (drawn or typed) after confirming they read and understood; needs an Idempotency-Key header",
            description = "Only while the ceremony is open and its time on the phone is not over (409 otherwise); a retry with the same key gets the first answer.")
    CeremonyView sign(@PathVariable UUID id, @Body @Valid CeremonyController.Submission submission,
                      @Header("Idempotency-Key") @Nullable String key, @Header("User-Agent") @Nullable String userAgent,
                      SignedInNewcomer phone, HttpRequest<?> request) {
        return ceremony.submit(phone, id, IdempotencyKey.require(key), submission.readAndUnderstood(), submission.signaturePng(),
                submission.typedName(), DeviceSummary.of(userAgent), ClientAddress.of(request));
    }

    @Get(value = "/signature/certificate.pdf", produces = "application/pdf")
    @ApiResponse(responseCode = "200", description = "The certificate",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "API-Version", ref = OpenApiComponents.API_VERSION_HEADER),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "The certificate of the newcomer's signature (not revoked) as a PDF, to keep on the phone")
    HttpResponse<byte[]> certificate(SignedInNewcomer phone) {
        return HttpResponse.ok(pdf.render(certificates.of(phone)))
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"participatieverklaring.pdf\"");
    }
}
