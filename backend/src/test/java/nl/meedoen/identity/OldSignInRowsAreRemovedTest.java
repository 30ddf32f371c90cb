package nl.meedoen.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The hourly clean-up removes sign-in rows past their limit and leaves recent ones alone. */
@MicronautTest(transactional = false)
class OldSignInRowsAreRemovedTest {

    private final Sql database;
    private final StaffAccounts accounts;
    private final IdentityCleanUp cleanUp;

    OldSignInRowsAreRemovedTest(Sql database, StaffAccounts accounts, IdentityCleanUp cleanUp) {
        this.database = database;
        this.accounts = accounts;
        this.cleanUp = cleanUp;
    }

    @Test
    void staffSessionsEndedOverAWeekAgoGoAndLaterOnesStay() {
        UUID staff = accounts.create("sessions-" + UUID.randomUUID() + "@example.org", "Sessies");
        UUID revokedLongAgo = session(staff, "now() + interval '1 hour'", "now() - interval '8 days'");
        UUID expiredLongAgo = session(staff, "now() - interval '8 days'", "NULL");
        UUID revokedYesterday = session(staff, "now() + interval '1 hour'", "now() - interval '1 day'");
        UUID expiredYesterday = session(staff, "now() - interval '1 day'", "NULL");
        UUID live = session(staff, "now() + interval '1 hour'", "NULL");

        cleanUp.run();

        Set<UUID> left = Set.copyOf(database.list("SELECT id FROM staff_session WHERE staff_id = ?",
                row -> row.getObject(1, UUID.class), staff));
        assertEquals(Set.of(revokedYesterday, expiredYesterday, live), left);
        assertFalse(left.contains(revokedLongAgo) || left.contains(expiredLongAgo));
    }

    @Test
    void usedAndExpiredPasswordLinksGoAndAnOpenOneStays() {
        UUID staff = accounts.create("links-" + UUID.randomUUID() + "@example.org", "Links");
        reset(staff, "used", "now() + interval '1 day'", "now() - interval '1 minute'");
        reset(staff, "expired", "now() - interval '1 minute'", "NULL");
        reset(staff, "open", "now() + interval '1 day'", "NULL");

        cleanUp.run();

        assertEquals(List.of("open-" + staff), database.list("SELECT token_hash FROM password_reset WHERE staff_id = ?",
                row -> row.getString(1), staff));
    }

    @Test
    void codeAttemptsOlderThanADayGoAndRecentOnesStay() {
        String client = "client-" + UUID.randomUUID();
        database.update("INSERT INTO redeem_attempt (client, succeeded, attempted_at) VALUES (?, false, now() - interval '25 hours')", client);
        database.update("INSERT INTO redeem_attempt (client, succeeded, attempted_at) VALUES (?, false, now() - interval '23 hours')", client);

        cleanUp.run();

        assertEquals(1, database.one("SELECT count(*) FROM redeem_attempt WHERE client = ?", row -> row.getInt(1), client).orElseThrow());
    }

    @Test
    void failedSignInsOlderThanADayGoAndRecentOnesStay() {
        String client = SignInThrottle.clientKey("client-" + UUID.randomUUID());
        String email = SignInThrottle.emailKey("weg@voorbeeldstad.example");
        database.update("INSERT INTO sign_in_failure (email_hash, client, failed_at) VALUES (?, ?, now() - interval '25 hours')", email, client);
        database.update("INSERT INTO sign_in_failure (email_hash, client, failed_at) VALUES (?, ?, now() - interval '23 hours')", email, client);

        cleanUp.run();

        assertEquals(1, database.one("SELECT count(*) FROM sign_in_failure WHERE client = ?", row -> row.getInt(1), client).orElseThrow());
    }

    @Test
    void providerSignInsUnfinishedForAnHourGoAndRecentOnesStay() {
        String stale = "stale-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        login(stale, "now() - interval '61 minutes'");
        login(recent, "now() - interval '5 minutes'");

        cleanUp.run();

        assertEquals(List.of(recent), database.list("SELECT state_hash FROM oidc_login WHERE state_hash IN (?, ?)",
                row -> row.getString(1), stale, recent));
    }

    @Test
    void providerHandOverCodesGoOnceExpiredAndLiveOnesStay() {
        UUID staff = accounts.create("handover-" + UUID.randomUUID() + "@example.org", "Overdracht");
        String expired = Secrets.sha256("expired-" + staff);
        String live = Secrets.sha256("live-" + staff);
        database.update("INSERT INTO oidc_handover (code_hash, staff_id, provider, expires_at) VALUES (?, ?, 'test', now() - interval '1 second')",
                expired, staff);
        database.update("INSERT INTO oidc_handover (code_hash, staff_id, provider, expires_at) VALUES (?, ?, 'test', now() + interval '1 minute')",
                live, staff);

        cleanUp.run();

        assertEquals(List.of(live), database.list("SELECT code_hash FROM oidc_handover WHERE staff_id = ?", row -> row.getString(1), staff));
    }

    private UUID session(UUID staff, String expiresAt, String revokedAt) {
        UUID id = UUID.randomUUID();
        database.update("INSERT INTO staff_session (id, staff_id, refresh_hash, expires_at, revoked_at) VALUES (?, ?, ?, "
                + expiresAt + ", " + revokedAt + ")", id, staff, "hash-" + id);
        return id;
    }

    private void reset(UUID staff, String name, String expiresAt, String usedAt) {
        database.update("INSERT INTO password_reset (token_hash, staff_id, expires_at, used_at) VALUES (?, ?, "
                + expiresAt + ", " + usedAt + ")", name + "-" + staff, staff);
    }

    private void login(String stateHash, String startedAt) {
        database.update("INSERT INTO oidc_login (state_hash, provider, nonce, code_verifier, browser_hash, started_at) VALUES (?, 'test', 'n', 'v', ?, "
                + startedAt + ")", stateHash, Secrets.sha256("browser"));
    }
}
