package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A refresh token works once. When a used one comes back, someone holds a copy: the whole sign-in
 * ends, the newest tokens included, whoever holds them.
 */
@MicronautTest(transactional = false)
class RefreshTokenReuseEndsTheSignInTest {

    private final Api api;
    private final Sql database;
    private final StaffAccounts accounts;
    private final Passwords passwords;

    RefreshTokenReuseEndsTheSignInTest(EmbeddedServer server, JsonMapper json, Sql database, StaffAccounts accounts, Passwords passwords) {
        this.api = new Api(server, json);
        this.database = database;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Serdeable
    record Tokens(String accessToken, String refreshToken) {
    }

    @Test
    void reusingARotatedRefreshTokenEndsTheSessionAndEveryTokenFromIt() {
        String email = "refresh-" + UUID.randomUUID() + "@voorbeeldstad.example";
        UUID id = accounts.create(email, "Refresh test");
        accounts.setPassword(id, passwords.hash("een lange zin als wachtwoord"));
        accounts.grant(id, Role.TRAINER, "GM9999");
        Tokens first = tokens(api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", "een lange zin als wachtwoord")));
        Tokens second = tokens(refresh(first.refreshToken()));
        Tokens third = tokens(refresh(second.refreshToken()));
        assertEquals(200, me(third.accessToken()));

        // when the first, long used refresh token comes back (a stolen copy, say)
        Api.Response reused = refresh(first.refreshToken());

        // then the sign-in is over, for the thief and the owner alike
        assertEquals(401, reused.status());
        assertEquals(401, me(third.accessToken()), "the newest access token stops at once");
        assertEquals(401, me(second.accessToken()));
        assertEquals(401, refresh(third.refreshToken()).status(), "the newest refresh token stops too");
        assertTrue(database.one("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action LIKE 'sign-in ended%'",
                rows -> rows.getInt(1), id).orElseThrow() == 1, "the audit log says why");
        Tokens again = tokens(api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", "een lange zin als wachtwoord")));
        assertEquals(200, me(again.accessToken()), "signing in again starts afresh");
    }

    @Test
    void anUnknownRefreshTokenEndsNothing() {
        Tokens tokens = tokens(api.send("POST", "/api/v1/sign-in", Map.of("email", "trainer@voorbeeldstad.example", "password", DemoAccounts.PASSWORD)));

        assertEquals(401, refresh("rt.made-up").status());

        assertEquals(200, me(tokens.accessToken()));
        assertEquals(200, refresh(tokens.refreshToken()).status());
    }

    private Api.Response refresh(String refreshToken) {
        return api.send("POST", "/api/v1/sign-in/refresh", Map.of("refreshToken", refreshToken));
    }

    private int me(String accessToken) {
        return api.get("/api/v1/staff/me", "Authorization", "Bearer " + accessToken).status();
    }

    private static Tokens tokens(Api.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.as(Tokens.class);
    }
}
