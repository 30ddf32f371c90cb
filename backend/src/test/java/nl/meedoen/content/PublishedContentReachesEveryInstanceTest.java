package nl.meedoen.content;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Published content is served from each instance's memory, so a change must reach every instance on
 * its own within seconds: two instances share one database, the text changes, both show it.
 */
@MicronautTest(transactional = false)
class PublishedContentReachesEveryInstanceTest {

    private static final String PAGE = "/api/v1/values/gelijkwaardigheid?lang=tr";

    @Serdeable
    record Page(String title, String lang) {
    }

    private final Api first;
    private final Sql sql;
    private final EmbeddedServer second;
    private final Api secondApi;

    PublishedContentReachesEveryInstanceTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.first = new Api(server, json);
        this.sql = sql;
        this.second = ApplicationContext.run(EmbeddedServer.class);
        this.secondApi = new Api(second, json);
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void aChangedTextReachesBothInstancesWithinSecondsAndGetsANewETag() {
        // given both instances have made and kept the page
        Api.Response before = first.get(PAGE);
        assertArrayEquals(before.bytes(), first.get(PAGE).bytes(), "a kept answer is the same bytes");
        assertEquals(before.header("ETag"), secondApi.get(PAGE).header("ETag"), "both instances answer alike");
        String title = before.as(Page.class).title();

        // when the Turkish title changes in the shared database
        sql.update("UPDATE content_text SET title = ? WHERE module = 'values' AND slug = 'gelijkwaardigheid' AND lang = 'tr'",
                title + " (yeni)");
        try {
            // then each instance shows it within seconds, under a new ETag
            for (Api api : new Api[] {first, secondApi}) {
                Api.Response after = waitFor(() -> api.get(PAGE), response -> response.as(Page.class).title().endsWith("(yeni)"));
                assertNotEquals(before.header("ETag"), after.header("ETag"));
                assertEquals(304, api.get(PAGE, "If-None-Match", after.header("ETag")).status());
            }
        } finally {
            sql.update("UPDATE content_text SET title = ? WHERE module = 'values' AND slug = 'gelijkwaardigheid' AND lang = 'tr'",
                    title);
        }
    }

    private static Api.Response waitFor(Supplier<Api.Response> request, Predicate<Api.Response> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        Api.Response response = request.get();
        while (!done.test(response)) {
            if (Instant.now().isAfter(deadline)) {
                fail("not changed within 5 seconds: " + response.body());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            response = request.get();
        }
        return response;
    }
}
