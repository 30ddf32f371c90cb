package nl.meedoen.identity;

import jakarta.inject.Singleton;
import nl.meedoen.testing.Api;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Staff members that tests of other features make for themselves: a person with a role, and their token. */
@Singleton
public final class TestStaff {

    public static final String PASSWORD = "een lange zin als wachtwoord";

    private final StaffAccounts accounts;
    private final Passwords passwords;

    TestStaff(StaffAccounts accounts, Passwords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** A new person with a password and one role; the municipality is null for national roles. Returns their e-mail. */
    public String person(String who, Role role, @Nullable String municipality) {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@gemeente.example";
        UUID id = accounts.create(email, "Medewerker " + who);
        accounts.setPassword(id, passwords.hash(PASSWORD));
        accounts.grant(id, role, municipality);
        return email;
    }

    public static String signIn(Api api, String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(StaffTestData.Tokens.class).accessToken();
    }
}
