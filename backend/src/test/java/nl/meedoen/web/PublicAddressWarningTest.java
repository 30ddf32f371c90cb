package nl.meedoen.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.CapturedLogs;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without MEEDOEN_PUBLIC_URL, letters would send newcomers to localhost: the start-up log warns, and
 * the staff screen learns it from {@code GET /api/v1/setup}.
 */
@MicronautTest(transactional = false)
class PublicAddressWarningTest {

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Setup(String publicAddress, boolean publicAddressConfigured) {
    }

    private final Api api;

    PublicAddressWarningTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void staffAreToldThatLettersPointAtThisMachine() {
        String token = "Bearer " + api.send("POST", "/api/v1/sign-in",
                Map.of("email", "trainer@voorbeeldstad.example", "password", "Meedoen-demo-2026")).as(Tokens.class).accessToken();

        Api.Response setup = api.get("/api/v1/setup", "Authorization", token);

        assertEquals(200, setup.status(), setup.body());
        assertEquals(new Setup("http://localhost:8080", false), setup.as(Setup.class));
        assertEquals(401, api.get("/api/v1/setup").status(), "only staff");
    }

    @Test
    void theStartUpLogWarnsUnlessAPublicAddressIsSet() {
        try (CapturedLogs logs = new CapturedLogs()) {
            new PublicAddress("http://localhost:8080").warnIfThisMachine();
            new PublicAddress("http://127.0.0.1:8080/").warnIfThisMachine();
            new PublicAddress("https://meedoen.voorbeeldstad.nl").warnIfThisMachine();

            assertEquals(2, logs.lines().stream().filter(line -> line.contains("MEEDOEN_PUBLIC_URL is not set")).count(), logs.lines().toString());
            assertTrue(logs.lines().stream().noneMatch(line -> line.contains("point at https://meedoen.voorbeeldstad.nl")), "a public address is no warning");
        }
    }
}
