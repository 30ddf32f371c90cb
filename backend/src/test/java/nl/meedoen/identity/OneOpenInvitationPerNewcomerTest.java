package nl.meedoen.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database itself refuses a second open invitation for one newcomer; closed ones do not count. */
@MicronautTest(transactional = false)
class OneOpenInvitationPerNewcomerTest {

    private final Sql database;
    private final Newcomers newcomers;

    OneOpenInvitationPerNewcomerTest(Sql database, Newcomers newcomers) {
        this.database = database;
        this.newcomers = newcomers;
    }

    @Test
    void aSecondOpenInvitationIsRefused() {
        UUID newcomer = newcomer();
        invitation(newcomer, "NULL", "NULL");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> invitation(newcomer, "NULL", "NULL"));

        assertTrue(refused.getCause().getMessage().contains("invitation_one_open_per_newcomer"), refused.getCause().getMessage());
    }

    @Test
    void redeemedAndRevokedInvitationsMayStandBesideTheOpenOne() {
        UUID newcomer = newcomer();
        invitation(newcomer, "now()", "NULL");
        invitation(newcomer, "NULL", "now()");

        assertDoesNotThrow(() -> invitation(newcomer, "NULL", "NULL"));
    }

    private UUID newcomer() {
        return newcomers.save(new StoredNewcomer(UUID.randomUUID(), "GM9999", "Index", "ar", "permit-holder", "voluntary",
                null, null, null, null, null, null)).id();
    }

    private void invitation(UUID newcomer, String redeemedAt, String revokedAt) {
        UUID id = UUID.randomUUID();
        database.update("INSERT INTO invitation (id, newcomer_id, code_hash, expires_at, redeemed_at, revoked_at) VALUES (?, ?, ?, "
                + "now() + interval '1 day', " + redeemedAt + ", " + revokedAt + ")", id, newcomer, "code-" + id);
    }
}
