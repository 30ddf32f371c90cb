package nl.meedoen.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Wrong passwords slow down the address they come from, never the account for everyone. Requests in
 * tests all come from the loopback address, so the cases with several client addresses go through
 * the service with explicit addresses (documentation range 203.0.113.0/24) instead of over HTTP.
 */
@MicronautTest(transactional = false)
class SignInThrottlingTest {

    private static final String PASSWORD = "Lange zin als wachtwoord";

    private final SignIn signIn;
    private final StaffAccounts accounts;
    private final Passwords passwords;
    private final Sql sql;

    SignInThrottlingTest(SignIn signIn, StaffAccounts accounts, Passwords passwords, Sql sql) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sql = sql;
    }

    @Test
    void failuresFromOneAddressDoNotKeepTheOwnerOutFromAnother() {
        String email = newStaff();
        String attacker = "203.0.113.10";
        failFiveTimes(email, attacker);

        assertThrows(SignInThrottled.class, () -> signIn.signIn(email, PASSWORD, attacker), "even the right password waits");
        assertEquals(email, signIn.signIn(email, PASSWORD, "203.0.113.11").staff().email());
    }

    @Test
    void anAddressThatFailsOnManyAccountsIsSlowedDownForAllOfThem() {
        String guesser = "203.0.113.20";
        String clientKey = SignInThrottle.clientKey(guesser);
        // 99 failures at as many other addresses, stored directly: the hashing of 99 wrong passwords only makes the test slow.
        for (int i = 0; i < 99; i++) {
            sql.update("INSERT INTO sign_in_failure (email_hash, client) VALUES (?, ?)", SignInThrottle.emailKey(i + "@elders.example"), clientKey);
        }
        assertThrows(SignIn.WrongCredentials.class, () -> signIn.signIn(newStaff(), "wrong", guesser));

        String untouched = newStaff();
        assertThrows(SignInThrottled.class, () -> signIn.signIn(untouched, PASSWORD, guesser));
        assertEquals(untouched, signIn.signIn(untouched, PASSWORD, "203.0.113.21").staff().email());
    }

    @Test
    void theSlowDownEndsWhenTheFailuresLeaveTheWindow() {
        String email = newStaff();
        String client = "203.0.113.30";
        failFiveTimes(email, client);
        assertThrows(SignInThrottled.class, () -> signIn.signIn(email, PASSWORD, client));

        sql.update("UPDATE sign_in_failure SET failed_at = failed_at - interval '16 minutes' WHERE client = ?", SignInThrottle.clientKey(client));

        assertEquals(email, signIn.signIn(email, PASSWORD, client).staff().email());
    }

    @Test
    void aSuccessfulSignInForgetsThePairsFailures() {
        String email = newStaff();
        String client = "203.0.113.40";
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThrows(SignIn.WrongCredentials.class, () -> signIn.signIn(email, "wrong", client));
        }
        signIn.signIn(email, PASSWORD, client);

        failFiveTimes(email, client);
    }

    @Test
    void countersHoldNoAddressInClear() {
        String email = newStaff();
        assertThrows(SignIn.WrongCredentials.class, () -> signIn.signIn(email, "wrong", "203.0.113.50"));

        long inClear = sql.one("SELECT count(*) FROM sign_in_failure WHERE email_hash LIKE '%@%' OR client LIKE '203.%'", row -> row.getLong(1))
                .orElseThrow();
        assertEquals(0, inClear);
    }

    private void failFiveTimes(String email, String client) {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThrows(SignIn.WrongCredentials.class, () -> signIn.signIn(email, "wrong", client));
        }
    }

    private String newStaff() {
        String email = "throttle-" + UUID.randomUUID() + "@voorbeeldstad.example";
        UUID id = accounts.create(email, "Test");
        accounts.setPassword(id, passwords.hash(PASSWORD));
        return email;
    }
}
