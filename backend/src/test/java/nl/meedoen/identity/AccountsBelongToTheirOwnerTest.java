package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two ways a coordinator of municipality B could once take over a staff account of municipality A,
 * step by step through the API as an attacker would go, and how each now ends.
 */
@MicronautTest(transactional = false)
class AccountsBelongToTheirOwnerTest extends StaffWithMailbox {

    @Serdeable
    record Member(UUID id, boolean passwordSet) {
    }

    @Serdeable
    record Added(Member member, boolean newAccount) {
    }

    @Serdeable
    record LinkSent(Instant expiresAt) {
    }

    private String a;
    private String b;
    private String coordinatorOfB;
    private String tokenOfA;
    private String tokenOfB;

    @BeforeEach
    void twoMunicipalitiesWithACoordinatorEach() {
        a = data.municipality();
        b = data.municipality();
        String coordinatorOfA = StaffTestData.email("coordinator-a");
        coordinatorOfB = StaffTestData.email("coordinator-b");
        data.person(coordinatorOfA, Role.COORDINATOR, a);
        data.person(coordinatorOfB, Role.COORDINATOR, b);
        tokenOfA = data.signIn(coordinatorOfA);
        tokenOfB = data.signIn(coordinatorOfB);
    }

    @Test
    void addingTheAddressOfAnotherMunicipalitysColleagueGivesNoWayToTheirPassword() {
        // given a trainer of A who signs in with a password of their own
        String owner = StaffTestData.email("trainer-a");
        UUID id = data.person(owner, Role.TRAINER, a);

        // when B's coordinator adds the trainer's address to B, as coordinator
        Api.Response added = api.send("POST", "/api/v1/municipalities/" + b + "/staff",
                Map.of("email", owner, "name", "Overgenomen", "roles", List.of("coordinator")), "Authorization", tokenOfB);
        // and asks for a password link for the account
        Api.Response reset = api.send("POST", "/api/v1/municipalities/" + b + "/staff/" + id + "/password-reset", null,
                "Authorization", tokenOfB);

        // then the account was found, but no link was made and none is given
        assertEquals(201, added.status(), added.body());
        assertEquals(new Added(new Member(id, true), false), added.as(Added.class));
        assertFalse(added.body().contains("/staff/password/"), "no link in the answer");
        assertEquals(403, reset.status(), reset.body());
        assertTrue(reset.as(Problem.class).detail().contains("Only a platform admin"), reset.body());
        // and the owner alone hears of it, without a link, and signs in as before
        Mailbox.Received notice = mailbox.awaitOneTo(owner);
        assertEquals("Je hebt een nieuwe rol in Meedoen", notice.subject());
        assertFalse(notice.text().contains("/staff/password/"), notice.text());
        assertTrue(mailbox.to(coordinatorOfB).isEmpty(), "B's coordinator gets no mail about the account");
        assertEquals(200, data.signInStatus(owner, StaffTestData.PASSWORD));
        // and A's audit log shows what B did
        assertTrue(data.audit(a, tokenOfA).stream().anyMatch(event -> event.action().equals("staff roles granted [coordinator] in " + b)
                && event.subject().equals("staff " + id)), "A sees the grant in B");
    }

    @Test
    void anAccountMadeForSomeoneElseGetsItsPasswordFromItsOwnerOnly() {
        // given B's coordinator makes an account for a future colleague at A
        String future = StaffTestData.email("future-a");
        Api.Response created = api.send("POST", "/api/v1/municipalities/" + b + "/staff",
                Map.of("email", future, "name", "Toekomstige collega", "roles", List.of("trainer")), "Authorization", tokenOfB);
        assertEquals(201, created.status(), created.body());
        UUID id = created.as(Added.class).member().id();
        assertTrue(created.as(Added.class).newAccount());
        assertFalse(created.body().contains("/staff/password/"), "no link in the answer");

        // when B asks for a new link, takes away the roles, and A then gives the address a role
        Api.Response reset = api.send("POST", "/api/v1/municipalities/" + b + "/staff/" + id + "/password-reset", null,
                "Authorization", tokenOfB);
        assertEquals(202, reset.status(), reset.body());
        assertTrue(reset.as(LinkSent.class).expiresAt().isAfter(Instant.now()));
        assertFalse(reset.body().contains("/staff/password/"), "no link in the answer");
        assertEquals(200, api.send("PUT", "/api/v1/municipalities/" + b + "/staff/" + id + "/roles", Map.of("roles", List.of()),
                "Authorization", tokenOfB).status());
        Api.Response granted = api.send("POST", "/api/v1/municipalities/" + a + "/staff",
                Map.of("email", future, "name", "Collega", "roles", List.of("coordinator")), "Authorization", tokenOfA);
        assertEquals(201, granted.status(), granted.body());
        assertEquals(new Added(new Member(id, false), false), granted.as(Added.class));

        // then every link went to the owner's address, B has no way back in, and nobody knows a password
        List<Mailbox.Received> mails = mailbox.awaitTo(future, 3);
        assertEquals(List.of("Welkom bij Meedoen", "Nieuw wachtwoord voor Meedoen", "Je hebt een nieuwe rol in Meedoen"),
                mails.stream().map(Mailbox.Received::subject).toList());
        assertTrue(mailbox.to(coordinatorOfB).isEmpty(), "B's coordinator gets no mail about the account");
        assertEquals(404, api.send("POST", "/api/v1/municipalities/" + b + "/staff/" + id + "/password-reset", null,
                "Authorization", tokenOfB).status(), "B no longer sees the account");
        assertEquals(401, data.signInStatus(future, StaffTestData.PASSWORD));
        // and the owner sets a password with the newest link; the first one stopped working when it was replaced
        assertEquals(400, api.send("POST", "/api/v1/password", Map.of("token", mails.get(0).passwordToken(), "password",
                "zelf gekozen lange zin")).status());
        assertEquals(204, api.send("POST", "/api/v1/password", Map.of("token", mails.get(1).passwordToken(), "password",
                "zelf gekozen lange zin")).status());
        assertEquals(200, data.signInStatus(future, "zelf gekozen lange zin"));
    }
}
