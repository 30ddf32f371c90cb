package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A one-time password link reaches the account's owner by mail, nobody else, and works once. */
@MicronautTest(transactional = false)
class PasswordLinksGoByMailTest extends StaffWithMailbox {

    @Serdeable
    record Member(UUID id) {
    }

    @Serdeable
    record Added(Member member, boolean newAccount) {
    }

    private String municipality;
    private String coordinator;
    private String token;

    @BeforeEach
    void aMunicipalityWithACoordinator() {
        municipality = data.municipality();
        coordinator = StaffTestData.email("coordinator");
        data.person(coordinator, Role.COORDINATOR, municipality);
        token = data.signIn(coordinator);
    }

    @Test
    void aNewColleagueSetsTheirPasswordWithTheLinkInTheirWelcomeMail() {
        String colleague = StaffTestData.email("new");

        Api.Response added = api.send("POST", "/api/v1/municipalities/" + municipality + "/staff",
                Map.of("email", colleague, "name", "Nieuwe trainer", "roles", List.of("trainer")), "Authorization", token);

        assertEquals(201, added.status(), added.body());
        assertTrue(added.as(Added.class).newAccount());
        assertFalse(added.body().contains("/staff/password/"), "the answer holds no link");
        Mailbox.Received welcome = mailbox.awaitOneTo(colleague);
        assertEquals("Welkom bij Meedoen", welcome.subject());
        String link = welcome.passwordToken();
        assertEquals(List.of(colleague), mailbox.all().stream().filter(mail -> mail.text().contains(link)).map(Mailbox.Received::recipient).toList(),
                "the link went to the colleague only");
        assertEquals(204, setPassword(link, "fietsen langs de gracht"));
        assertEquals(400, setPassword(link, "nog een andere lange zin"), "the link works once");
        assertEquals(200, data.signInStatus(colleague, "fietsen langs de gracht"));
    }

    @Test
    void aResetMailsTheOwnerALinkThatWorksOnceAndReplacesTheOldPassword() {
        String trainer = StaffTestData.email("trainer");
        UUID id = data.person(trainer, Role.TRAINER, municipality);

        Api.Response reset = api.send("POST", "/api/v1/municipalities/" + municipality + "/staff/" + id + "/password-reset", null,
                "Authorization", token);

        assertEquals(202, reset.status(), reset.body());
        assertFalse(reset.body().contains("/staff/password/"), "the answer holds no link");
        Mailbox.Received mail = mailbox.awaitOneTo(trainer);
        assertEquals("Nieuw wachtwoord voor Meedoen", mail.subject());
        assertTrue(mailbox.to(coordinator).isEmpty(), "the coordinator who asked gets nothing");
        assertEquals(200, data.signInStatus(trainer, StaffTestData.PASSWORD), "the old password works until the link is used");
        assertEquals(204, setPassword(mail.passwordToken(), "een nieuwe lange zin"));
        assertEquals(400, setPassword(mail.passwordToken(), "en nog een lange zin"), "the link works once");
        assertEquals(401, data.signInStatus(trainer, StaffTestData.PASSWORD));
        assertEquals(200, data.signInStatus(trainer, "een nieuwe lange zin"));
        assertEquals("password link mailed to the account's address", data.audit(municipality, token).stream()
                .filter(event -> event.subject().equals("staff " + id)).findFirst().orElseThrow().action());
    }

    private int setPassword(String link, String password) {
        return api.send("POST", "/api/v1/password", Map.of("token", link, "password", password)).status();
    }
}
