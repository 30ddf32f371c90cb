package nl.meedoen.signing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.validation.PlainText;
import nl.meedoen.web.validation.TextInput;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * The signing ceremony on the device of a coordinator (at the counter) or of the trainer of the
 * newcomer's session: open, the newcomer signs, the signed-in staff member witnesses — or records a refusal.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/signing-ceremonies")
@Tag(name = "Signing")
@ExecuteOn(TaskExecutors.BLOCKING)
class CeremonyController {

    private final SigningCeremony ceremony;
    private final MunicipalityDirectory municipalities;

    CeremonyController(SigningCeremony ceremony, MunicipalityDirectory municipalities) {
        this.ceremony = ceremony;
        this.municipalities = municipalities;
    }

    /**
     * For whom; the session they attend (needed when a trainer opens it); the language of the translation, else theirs;
     * whether the newcomer reads and signs on their own linked phone instead of this device.
     */
    @Serdeable
    record Opening(@NotNull UUID newcomerId, @Nullable UUID sessionId, @Nullable @Size(max = 3) String locale, @Nullable Boolean onPhone) {
    }

    /** A drawn signature as a PNG data URL, or the full name typed; and the newcomer's confirmation. */
    @Serdeable
    record Submission(boolean readAndUnderstood, @Nullable @Size(max = 140000) String signaturePng,
                      @Nullable @PlainText(max = 200) String typedName) {

        Submission {
            typedName = TextInput.normalised(typedName);
        }
    }

    @Serdeable
    record Refusal(@NotBlank @PlainText(max = 1000) String reason) {

        Refusal {
            reason = TextInput.normalised(reason);
        }
    }

    @Post
    @Status(HttpStatus.CREATED)
    @JsonBodyResponses
    @ConflictResponse
    @Operation(summary = "Open a ceremony for a newcomer: fixes the document shown and answers what their screen shows")
    CeremonyView open(@PathVariable String code, @Body @Valid Opening opening, SignedInStaff staff, HttpRequest<?> request) {
        return ceremony.open(municipality(code), opening.newcomerId(), opening.sessionId(), opening.locale(),
                Boolean.TRUE.equals(opening.onPhone()), staff, ClientAddress.of(request));
    }

    @Get("/{id}")
    @Operation(summary = "What the newcomer's screen shows at the ceremony, and how far it is")
    CeremonyView show(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        return ceremony.show(municipality(code), id, staff);
    }

    @Post("/{id}/signature")
    @JsonBodyResponses
    @ConflictResponse
    @Operation(summary = "The newcomer signs (drawn or typed) after confirming they read and understood; needs an Idempotency-Key header")
    CeremonyView sign(@PathVariable String code, @PathVariable UUID id, @Body @Valid Submission submission,
                      @Header("Idempotency-Key") @Nullable String key, @Header("User-Agent") @Nullable String userAgent,
                      SignedInStaff staff, HttpRequest<?> request) {
        return ceremony.submit(municipality(code), id, IdempotencyKey.require(key), submission.readAndUnderstood(),
                submission.signaturePng(), submission.typedName(), DeviceSummary.of(userAgent), staff, ClientAddress.of(request));
    }

    @Post("/{id}/witness")
    @Status(HttpStatus.CREATED)
    @ConflictResponse
    @Operation(summary = "The signed-in staff member witnesses the signature; this records it")
    SignatureView witness(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff, HttpRequest<?> request) {
        return ceremony.witness(municipality(code), id, staff, ClientAddress.of(request));
    }

    @Post("/{id}/refusal")
    @Status(HttpStatus.CREATED)
    @JsonBodyResponses
    @ConflictResponse
    @Operation(summary = "Record that the newcomer does not sign, with the reason; this is not a signature")
    SignatureView refuse(@PathVariable String code, @PathVariable UUID id, @Body @Valid Refusal refusal, SignedInStaff staff,
                         HttpRequest<?> request) {
        return ceremony.refuse(municipality(code), id, refusal.reason(), staff, ClientAddress.of(request));
    }

    private String municipality(String code) {
        return municipalities.require(code).code();
    }
}
