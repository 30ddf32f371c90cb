package nl.meedoen.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A load balancer asks /health whether to send traffic here: only while PostgreSQL answers. */
class HealthTest {

    @Serdeable
    record Health(String status) {
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswersAndDownWhenItStops() throws Exception {
        // given a service on a PostgreSQL server of its own, which this test can stop
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Map<String, String> database = Map.of(
                "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.username", "postgres",
                "datasources.default.password", "");
        database.forEach(System::setProperty);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class)) {
            Api api = new Api(server, server.getApplicationContext().getBean(JsonMapper.class));

            Api.Response up = api.get("/health");
            assertEquals(200, up.status());
            assertEquals("UP", up.as(Health.class).status());

            // when the database goes away
            postgres.close();

            // then the service says it cannot serve
            Api.Response down = api.get("/health");
            assertEquals(503, down.status());
            assertEquals("DOWN", down.as(Health.class).status());
        } finally {
            database.keySet().forEach(System::clearProperty);
            postgres.close();
        }
    }
}
