package nl.meedoen.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.meedoen.identity.OidcTestBrowser.ALSO_SERVED;
import static nl.meedoen.identity.OidcTestBrowser.NOT_SERVED;
import static nl.meedoen.identity.OidcTestBrowser.SERVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A provider is configured for municipalities and signs in only accounts whose every role lies there:
 * a provider vouches for the whole account, so it must never open roles in a municipality it does not
 * serve, nor the platform's (admins, national editors) unless configured for that explicitly.
 */
@MicronautTest(transactional = false)
class OidcProvidersSignInOnlyTheirOwnStaffTest extends OidcSignInTestBase {

    @Test
    void someoneWithRolesInTheProvidersMunicipalitiesIsSignedIn() {
        String email = OidcTestBrowser.person(accounts, Role.TRAINER, SERVED);
        accounts.grant(id(email), Role.EDITOR, ALSO_SERVED);
        issuer.signInAs(email);

        URI app = browser().signIn("regio");

        assertNull(OidcTestBrowser.failure(app));
        assertEquals(200, OidcTestBrowser.takeOver(api(), OidcTestBrowser.handoverCode(app)).status());
    }

    @Test
    void anAccountOfAnotherMunicipalityIsRefusedAndGetsNothing() {
        String email = OidcTestBrowser.person(accounts, Role.COORDINATOR, NOT_SERVED);
        issuer.signInAs(email);

        assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("regio")));
        assertEquals(0, OidcTestBrowser.issuedTo(database, id(email)));
        assertEquals(List.of("sign-in with regio refused: role in a municipality this provider does not serve"), actions(email));
    }

    @Test
    void anAccountWithARoleInAnotherMunicipalityBesidesOneHereIsRefused() {
        String email = OidcTestBrowser.person(accounts, Role.TRAINER, SERVED);
        accounts.grant(id(email), Role.COORDINATOR, NOT_SERVED);
        issuer.signInAs(email);

        assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("regio")));
        assertEquals(0, OidcTestBrowser.issuedTo(database, id(email)));
    }

    @Test
    void anAccountWithoutRolesIsRefused() {
        String email = StaffTestData.email("oidc");
        accounts.create(email, "Zonder rol");
        issuer.signInAs(email);

        assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("regio")));
        assertEquals(0, OidcTestBrowser.issuedTo(database, id(email)));
    }

    @Test
    void anAdminIsRefusedByAProviderNotConfiguredForAdminsEvenWithARoleHere() {
        String admin = OidcTestBrowser.person(accounts, Role.ADMIN, null);
        String adminAndCoordinator = OidcTestBrowser.person(accounts, Role.COORDINATOR, SERVED);
        accounts.grant(id(adminAndCoordinator), Role.ADMIN, null);

        for (String email : List.of(admin, adminAndCoordinator)) {
            issuer.signInAs(email);
            assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("regio")), email);
            assertEquals(0, OidcTestBrowser.issuedTo(database, id(email)));
            assertEquals(List.of("sign-in with regio refused: platform admin"), actions(email));
        }
    }

    @Test
    void aNationalEditorIsRefusedByAProviderNotConfiguredForThePlatform() {
        String email = OidcTestBrowser.person(accounts, Role.EDITOR, null);
        issuer.signInAs(email);

        assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("regio")));
    }

    @Test
    void anAdminIsSignedInByAProviderConfiguredForAdmins() {
        String email = OidcTestBrowser.person(accounts, Role.ADMIN, null);
        issuer.signInAs(email);

        URI app = browser().signIn("beheer");

        assertEquals(200, OidcTestBrowser.takeOver(api(), OidcTestBrowser.handoverCode(app)).status());
        assertEquals(List.of("signed in with beheer"), actions(email));
    }

    @Test
    void theProviderForAdminsStillOnlyServesItsOwnMunicipalities() {
        String email = OidcTestBrowser.person(accounts, Role.COORDINATOR, ALSO_SERVED);
        issuer.signInAs(email);

        assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("beheer")));
    }

    private UUID id(String email) {
        return accounts.byEmail(email).orElseThrow().id();
    }

    private List<String> actions(String email) {
        return database.list("SELECT action FROM audit_event WHERE actor_id = ? ORDER BY id", row -> row.getString(1), id(email));
    }

    private OidcTestBrowser browser() {
        return new OidcTestBrowser(api());
    }

}
