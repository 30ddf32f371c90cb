package nl.meedoen.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest
class HealthTest {

    private final Api api;

    HealthTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswers() {
        Api.Response response = api.get("/health");

        assertEquals(200, response.status());
        assertEquals("UP", response.object().get("status"));
        assertEquals("UP", response.object().get("database"));
    }
}
