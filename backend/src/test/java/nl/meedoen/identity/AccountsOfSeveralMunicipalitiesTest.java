package nl.meedoen.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An account with roles in two municipalities belongs to neither alone: only a platform admin resets or
 * deactivates it, and both municipalities see it in their audit logs.
 */
@MicronautTest(transactional = false)
class AccountsOfSeveralMunicipalitiesTest extends StaffWithMailbox {

    private String a;
    private String b;
    private String coordinatorOfA;
    private String coordinatorOfB;
    private String admin;
    private String shared;
    private UUID sharedId;

    @BeforeEach
    void aTrainerOfTwoMunicipalities() {
        a = data.municipality();
        b = data.municipality();
        coordinatorOfA = coordinator(a);
        coordinatorOfB = coordinator(b);
        String adminEmail = StaffTestData.email("admin");
        data.person(adminEmail, Role.ADMIN, null);
        admin = data.signIn(adminEmail);
        shared = StaffTestData.email("shared");
        sharedId = data.person(shared, Role.TRAINER, a);
        Api.Response added = api.send("POST", "/api/v1/municipalities/" + b + "/staff",
                Map.of("email", shared, "name", "Gedeeld", "roles", List.of("trainer")), "Authorization", coordinatorOfB);
        assertEquals(201, added.status(), added.body());
    }

    @Test
    void aCoordinatorCannotResetOrDeactivateIt() {
        for (String[] coordinator : new String[][] {{a, coordinatorOfA}, {b, coordinatorOfB}}) {
            for (String action : new String[] {"password-reset", "deactivation"}) {
                Api.Response refused = api.send("POST", "/api/v1/municipalities/" + coordinator[0] + "/staff/" + sharedId + "/" + action, null,
                        "Authorization", coordinator[1]);
                assertEquals(403, refused.status(), action + " in " + coordinator[0] + ": " + refused.body());
                assertTrue(refused.as(Problem.class).detail().contains("Only a platform admin"), refused.body());
            }
        }
        assertEquals(200, data.signInStatus(shared, StaffTestData.PASSWORD));
    }

    @Test
    void anAdminResetsItAndBothMunicipalitiesSeeThat() {
        Api.Response reset = api.send("POST", "/api/v1/municipalities/" + a + "/staff/" + sharedId + "/password-reset", null,
                "Authorization", admin);

        assertEquals(202, reset.status(), reset.body());
        assertTrue(mailbox.awaitTo(shared, 2).stream().anyMatch(mail -> mail.subject().equals("Nieuw wachtwoord voor Meedoen")),
                "the link goes to the account's own address");
        assertSeenIn(a, coordinatorOfA, "password link mailed to the account's address");
        assertSeenIn(b, coordinatorOfB, "password link mailed to the account's address");
    }

    @Test
    void anAdminDeactivatesItAndBothMunicipalitiesSeeThat() {
        String session = data.signIn(shared);

        Api.Response deactivated = api.send("POST", "/api/v1/municipalities/" + b + "/staff/" + sharedId + "/deactivation", null,
                "Authorization", admin);

        assertEquals(204, deactivated.status(), deactivated.body());
        assertEquals(401, data.signInStatus(shared, StaffTestData.PASSWORD));
        assertEquals(401, api.get("/api/v1/staff/me", "Authorization", session).status(), "running sessions end");
        assertTrue(mailbox.awaitTo(shared, 2).stream().anyMatch(mail -> mail.subject().equals("Je account voor Meedoen is uitgezet")));
        assertSeenIn(a, coordinatorOfA, "staff account deactivated");
        assertSeenIn(b, coordinatorOfB, "staff account deactivated");
    }

    @Test
    void aCoordinatorDeactivatesAnAccountOfTheirMunicipalityAlone() {
        String own = StaffTestData.email("own");
        UUID id = data.person(own, Role.TRAINER, a);

        assertEquals(204, api.send("POST", "/api/v1/municipalities/" + a + "/staff/" + id + "/deactivation", null,
                "Authorization", coordinatorOfA).status());
        assertEquals(401, data.signInStatus(own, StaffTestData.PASSWORD));
        assertTrue(data.audit(a, coordinatorOfA).stream().anyMatch(event -> event.subject().equals("staff " + id)
                && event.action().equals("staff account deactivated")));
    }

    private void assertSeenIn(String municipality, String token, String action) {
        assertTrue(data.audit(municipality, token).stream().anyMatch(event -> event.subject().equals("staff " + sharedId)
                && event.action().equals(action)), action + " in the audit log of " + municipality);
    }

    private String coordinator(String municipality) {
        String email = StaffTestData.email("coordinator");
        data.person(email, Role.COORDINATOR, municipality);
        return data.signIn(email);
    }
}
