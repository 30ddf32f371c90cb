package nl.meedoen.attendance;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.identity.QrCode;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.sessions.TrainerSessions;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.NoPersonalData;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.TokenRequired;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The newcomer's signed check-in code, and the public key a trainer's phone verifies it with offline. */
@CommonResponses
@Controller("${meedoen.api.path}")
@Tag(name = "Attendance")
@ExecuteOn(TaskExecutors.BLOCKING)
class CheckInCodeController {

    @Serdeable
    @Schema(name = "CheckInCode")
    record Code(String code, @Schema(description = "the code as a QR code, an SVG data URI") String qrCode, UUID sessionId,
                Instant expiresAt) {
    }

    @Serdeable
    @Schema(name = "CheckInPublicKey")
    record PublicKey(String algorithm, String publicKey) {
    }

    private final TrainerSessions sessions;
    private final CheckInCodes codes;
    private final CheckInSigner signer;

    CheckInCodeController(TrainerSessions sessions, CheckInCodes codes, CheckInSigner signer) {
        this.sessions = sessions;
        this.codes = codes;
        this.signer = signer;
    }

    @TokenRequired
    @NotFoundResponse
    @Secured(SignedInNewcomer.ROLE)
    @Get("/newcomer/booking/check-in-code")
    @Operation(summary = "The code the newcomer shows at the session as a QR code; valid until the end of the session's day (Europe/Amsterdam)")
    Code code(SignedInNewcomer newcomer) {
        TrainerSessions.Seat seat = sessions.activeOf(newcomer.id()).filter(TrainerSessions.Seat::isConfirmed).orElseThrow(NoSeat::new);
        TrainerSessions.Taught session = sessions.find(seat.sessionId()).orElseThrow(NoSeat::new);
        Instant expiresAt = CheckInCodes.endOfDay(session.startsAt());
        String code = codes.issue(seat.id(), session.id(), expiresAt);
        return new Code(code, QrCode.svgDataUri(code), session.id(), expiresAt);
    }

    @NoPersonalData
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/attendance/public-key")
    @Operation(summary = "The platform's Ed25519 public key (32 bytes, base64url) that verifies check-in codes offline",
            description = "Public: a public key is no secret, and a trainer's phone keeps it for the days it has no connection.")
    HttpResponse<PublicKey> publicKey() {
        return HttpResponse.ok(new PublicKey("Ed25519", Base64.getUrlEncoder().withoutPadding().encodeToString(signer.rawPublicKey())))
                .header("Cache-Control", "public, max-age=86400");
    }
}
