package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * Staff tests that read the mail the service sends: each class gets a real SMTP server of its own,
 * which the service is configured to use, and the staff test data. The server must be known before
 * the service starts, hence one test instance per class and beans handed to {@link #connect}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffWithMailbox implements TestPropertyProvider {

    final Mailbox mailbox = Mailbox.started();
    Api api;
    StaffTestData data;

    @Override
    public Map<String, String> getProperties() {
        return mailbox.serviceProperties();
    }

    @BeforeAll
    void connect(EmbeddedServer server, JsonMapper json, MunicipalityDirectory municipalities, StaffAccounts accounts,
                 Passwords passwords) {
        api = new Api(server, json);
        data = new StaffTestData(api, municipalities, accounts, passwords);
    }

    @AfterAll
    void closeMailbox() {
        mailbox.close();
    }
}
