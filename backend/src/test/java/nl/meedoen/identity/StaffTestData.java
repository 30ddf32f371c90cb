package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.TestMunicipalities;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Municipalities and staff that a test makes for itself, so that no test changes another's or the demo's. */
final class StaffTestData {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Event(String action, String actor, String municipality, String subject) {
    }

    private final Api api;
    private final MunicipalityDirectory municipalities;
    private final StaffAccounts accounts;
    private final Passwords passwords;

    StaffTestData(Api api, MunicipalityDirectory municipalities, StaffAccounts accounts, Passwords passwords) {
        this.api = api;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** A new municipality with a code in GM7000–GM7999 that no other test uses. */
    String municipality() {
        return TestMunicipalities.fresh(municipalities, 7, "Mailstad");
    }

    static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@gemeente.example";
    }

    /** A person with a password and a role; the municipality is null for the platform admin. */
    UUID person(String email, Role role, @Nullable String municipality) {
        UUID id = accounts.create(email, "Medewerker " + email.substring(0, email.indexOf('-')));
        accounts.setPassword(id, passwords.hash(PASSWORD));
        accounts.grant(id, role, municipality);
        return id;
    }

    String signIn(String email) {
        return signIn(email, PASSWORD);
    }

    String signIn(String email, String password) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", password));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }

    int signInStatus(String email, String password) {
        return api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", password)).status();
    }

    List<Event> audit(String municipality, String token) {
        Api.Response response = api.get("/api/v1/municipalities/" + municipality + "/audit-events", "Authorization", token);
        assertEquals(200, response.status(), response.body());
        return response.asListOf(Event.class);
    }
}
