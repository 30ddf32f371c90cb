package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.TestOidcIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * Tests of signing in through an OpenID Connect provider: each class gets a provider of its own, which
 * the service is configured to trust before it starts, hence one test instance per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OidcSignInTestBase implements TestPropertyProvider {

    final TestOidcIssuer issuer = new TestOidcIssuer("test-secret");

    // Field injection: with a per-class test instance Micronaut cannot inject the constructor.
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Sql database;
    @Inject
    StaffAccounts accounts;
    @Inject
    MunicipalityDirectory municipalities;

    @Override
    public Map<String, String> getProperties() {
        return OidcTestBrowser.configuration(issuer);
    }

    @AfterAll
    void stopIssuer() {
        issuer.close();
    }

    @BeforeEach
    void theProvidersMunicipalitiesExist() {
        OidcTestBrowser.municipalitiesExist(municipalities);
    }

    Api api() {
        return new Api(server, json);
    }
}
