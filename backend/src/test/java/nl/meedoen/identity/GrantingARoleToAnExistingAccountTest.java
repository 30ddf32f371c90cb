package nl.meedoen.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new role for an existing account is news for its owner, and leaves its password alone. */
@MicronautTest(transactional = false)
class GrantingARoleToAnExistingAccountTest extends StaffWithMailbox {

    private Sql database;

    @BeforeAll
    void sql(Sql sql) {
        database = sql;
    }

    @Test
    void theOwnerIsToldAndSignsInWithTheOldPassword() {
        // given a trainer of one municipality, and a coordinator of another
        String home = data.municipality();
        String other = data.municipality();
        String owner = StaffTestData.email("owner");
        UUID id = data.person(owner, Role.TRAINER, home);
        String coordinator = StaffTestData.email("coordinator");
        data.person(coordinator, Role.COORDINATOR, other);
        String token = data.signIn(coordinator);

        // when the coordinator adds the trainer as editor, and then makes them trainer as well
        Api.Response added = api.send("POST", "/api/v1/municipalities/" + other + "/staff",
                Map.of("email", owner.toUpperCase(), "name", "Andere naam", "roles", List.of("editor")), "Authorization", token);
        Api.Response changed = api.send("PUT", "/api/v1/municipalities/" + other + "/staff/" + id + "/roles",
                Map.of("roles", List.of("editor", "trainer")), "Authorization", token);

        // then the owner gets a notice for each new role, without a link
        assertEquals(201, added.status(), added.body());
        assertEquals(200, changed.status(), changed.body());
        List<Mailbox.Received> notices = mailbox.awaitTo(owner, 2);
        assertTrue(notices.stream().allMatch(mail -> mail.subject().equals("Je hebt een nieuwe rol in Meedoen")));
        assertTrue(notices.get(0).text().contains("de rol redacteur"), notices.get(0).text());
        assertTrue(notices.get(1).text().contains("de rol trainer"), notices.get(1).text());
        assertFalse(notices.stream().anyMatch(mail -> mail.text().contains("/staff/password/")));
        // and nothing about the account's credentials changed
        assertEquals(0L, database.one("SELECT count(*) FROM password_reset WHERE staff_id = ?", row -> row.getLong(1), id).orElseThrow());
        assertEquals(200, data.signInStatus(owner, StaffTestData.PASSWORD));
        assertEquals("Medewerker owner", database.one("SELECT name FROM staff WHERE id = ?", row -> row.getString(1), id).orElseThrow());
    }
}
