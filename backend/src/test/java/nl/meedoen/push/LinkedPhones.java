package nl.meedoen.push;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Newcomers whose phone is linked, made the way a municipality does it: the demo coordinator
 * registers a newcomer and issues a letter, and the phone redeems its code.
 */
final class LinkedPhones {

    /** A newcomer and the {@code Authorization} header of their phone. */
    record Phone(UUID newcomer, String authorization) {
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Registered(UUID id) {
    }

    @Serdeable
    record Letter(String code) {
    }

    @Serdeable
    record Redeemed(String token) {
    }

    private final Api api;

    LinkedPhones(Api api) {
        this.api = api;
    }

    Phone newcomerInLanguage(String lang) {
        String coordinator = coordinator();
        Api.Response registered = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "Nieuwkomer Push",
                "preferredLanguage", lang, "targetGroup", "permit-holder", "regime", "wi2021"), "Authorization", coordinator);
        assertEquals(201, registered.status(), registered.body());
        UUID id = registered.as(Registered.class).id();
        return new Phone(id, link(id, coordinator));
    }

    /** A new letter for the newcomer, redeemed on a new phone; the phone linked before is signed out. */
    Phone newPhoneFor(UUID newcomer) {
        return new Phone(newcomer, link(newcomer, coordinator()));
    }

    String coordinator() {
        Api.Response signedIn = api.send("POST", "/api/v1/sign-in",
                Map.of("email", "coordinator@voorbeeldstad.example", "password", "Meedoen-demo-2026"));
        assertEquals(200, signedIn.status(), signedIn.body());
        return "Bearer " + signedIn.as(Tokens.class).accessToken();
    }

    private String link(UUID newcomer, String coordinator) {
        Api.Response letter = api.send("POST", "/api/v1/municipalities/GM9999/newcomers/" + newcomer + "/invitations", null,
                "Authorization", coordinator);
        assertEquals(201, letter.status(), letter.body());
        Api.Response redeemed = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", letter.as(Letter.class).code()));
        assertEquals(200, redeemed.status(), redeemed.body());
        return "Bearer " + redeemed.as(Redeemed.class).token();
    }
}
