package nl.meedoen.push;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NoPersonalData;
import nl.meedoen.web.TokenRequired;
import org.jspecify.annotations.Nullable;

import java.util.Base64;

/**
 * Notifications on the newcomer's phone: the server's public key for subscribing, and the phone's
 * subscription, stored or withdrawn. The endpoint of a subscription is personal data; it is never
 * returned, logged or kept in a cache.
 */
@CommonResponses
@Secured(SignedInNewcomer.ROLE)
@Controller("${meedoen.api.path}")
@Tag(name = "Notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
class PushController {

    private final ServerKey serverKey;
    private final PushConsent consent;

    PushController(ServerKey serverKey, PushConsent consent) {
        this.serverKey = serverKey;
        this.consent = consent;
    }

    @Serdeable
    @Schema(name = "VapidPublicKey")
    record VapidPublicKey(@Schema(description = "The uncompressed P-256 public key, base64url without padding:"
            + " the applicationServerKey for PushManager.subscribe()") String publicKey) {
    }

    @Serdeable
    @Schema(name = "PushSubscription", description = "As the browser's PushSubscription.toJSON() writes it")
    record Subscription(@NotBlank @Size(max = 1024) String endpoint,
                        @Schema(description = "Accepted and not used: browsers send null") @Nullable Long expirationTime,
                        @NotNull @Valid Keys keys) {
    }

    @Serdeable
    @Schema(name = "PushSubscriptionKeys")
    record Keys(@Schema(description = "The browser's P-256 public key, 65 bytes base64url") @NotBlank @Size(max = 100) String p256dh,
                @Schema(description = "The browser's authentication secret, 16 bytes base64url") @NotBlank @Size(max = 30) String auth) {
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/push/vapid-public-key")
    @NoPersonalData
    @Operation(summary = "The key a browser subscribes with (VAPID); it never changes")
    HttpResponse<VapidPublicKey> vapidPublicKey() {
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(serverKey.publicKey());
        return HttpResponse.ok(new VapidPublicKey(key)).header("Cache-Control", "public, max-age=86400");
    }

    @TokenRequired
    @JsonBodyResponses
    @Put("/newcomer/push-subscription")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Allow notifications on this phone: store the browser's push subscription",
            description = "One subscription per phone: a new one replaces the one before. The endpoint must be an https"
                    + " address of a known push service.")
    void allow(@Body @Valid Subscription subscription, SignedInNewcomer newcomer) {
        consent.allow(newcomer, subscription.endpoint(), subscription.keys().p256dh(), subscription.keys().auth());
    }

    @TokenRequired
    @InvalidInputResponse
    @Delete("/newcomer/push-subscription")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw notifications on this phone; notices not yet sent to it are dropped")
    void withdraw(SignedInNewcomer newcomer) {
        consent.withdraw(newcomer);
    }
}
