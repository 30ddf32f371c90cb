package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deactivated colleague can be let back in: with their own password, told by mail, and seen in the
 * audit log of every municipality they work for. An account of several municipalities is the admin's to change.
 */
@MicronautTest(transactional = false)
class ReactivatingAColleagueTest extends StaffWithMailbox {

    @Serdeable
    record Member(UUID id, boolean active, List<String> roles) {
    }

    private String municipality;
    private String coordinator;
    private String trainer;
    private UUID trainerId;

    @BeforeEach
    void aCoordinatorAndADeactivatedTrainer() {
        municipality = data.municipality();
        String email = StaffTestData.email("coordinator");
        data.person(email, Role.COORDINATOR, municipality);
        coordinator = data.signIn(email);
        trainer = StaffTestData.email("trainer");
        trainerId = data.person(trainer, Role.TRAINER, municipality);
        assertEquals(204, send("deactivation", trainerId, coordinator).status());
        assertEquals(401, data.signInStatus(trainer, StaffTestData.PASSWORD));
    }

    @Test
    void reactivatingLetsThemSignInWithTheirOwnPasswordAndIsLogged() {
        assertEquals(false, member(trainerId).active());

        Api.Response reactivated = send("reactivation", trainerId, coordinator);

        assertEquals(204, reactivated.status(), reactivated.body());
        assertEquals(200, data.signInStatus(trainer, StaffTestData.PASSWORD));
        assertEquals(true, member(trainerId).active());
        assertEquals(List.of("trainer"), member(trainerId).roles(), "roles are spelled as in the database and the README");
        assertTrue(mailbox.awaitTo(trainer, 2).stream().anyMatch(mail -> mail.subject().equals("Je account voor Meedoen werkt weer")));
        StaffTestData.Event event = data.audit(municipality, coordinator).getFirst();
        assertEquals("staff account reactivated", event.action());
        assertEquals("staff " + trainerId, event.subject());
        assertEquals(204, send("reactivation", trainerId, coordinator).status(), "reactivating an active account changes nothing");
        assertEquals(1, data.audit(municipality, coordinator).stream().filter(e -> e.action().equals("staff account reactivated")).count());
    }

    @Test
    void anAccountOfSeveralMunicipalitiesIsReactivatedByAnAdminOnly() {
        String other = data.municipality();
        String adminEmail = StaffTestData.email("admin");
        data.person(adminEmail, Role.ADMIN, null);
        String admin = data.signIn(adminEmail);
        Api.Response added = api.send("POST", "/api/v1/municipalities/" + other + "/staff",
                Map.of("email", trainer, "name", "Gedeeld", "roles", List.of("trainer")), "Authorization", admin);
        assertEquals(201, added.status(), added.body());

        Api.Response refused = send("reactivation", trainerId, coordinator);
        Api.Response byAdmin = api.send("POST", "/api/v1/municipalities/" + other + "/staff/" + trainerId + "/reactivation", null,
                "Authorization", admin);

        assertEquals(403, refused.status(), refused.body());
        assertEquals(204, byAdmin.status(), byAdmin.body());
        assertEquals(200, data.signInStatus(trainer, StaffTestData.PASSWORD));
        assertTrue(data.audit(municipality, coordinator).stream().anyMatch(e -> e.action().equals("staff account reactivated")),
                "the municipality where it was not done sees it too");
    }

    private Member member(UUID id) {
        Api.Response staff = api.get("/api/v1/municipalities/" + municipality + "/staff", "Authorization", coordinator);
        assertEquals(200, staff.status(), staff.body());
        return staff.asListOf(Member.class).stream().filter(member -> member.id().equals(id)).findFirst().orElseThrow();
    }

    private Api.Response send(String action, UUID id, String token) {
        return api.send("POST", "/api/v1/municipalities/" + municipality + "/staff/" + id + "/" + action, null, "Authorization", token);
    }
}
