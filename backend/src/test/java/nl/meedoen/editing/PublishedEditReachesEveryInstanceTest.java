package nl.meedoen.editing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static nl.meedoen.editing.EditingTestData.TIGRINYA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** An editor publishes on one instance; a newcomer served by another reads it within seconds, under a new ETag. */
@MicronautTest(transactional = false)
class PublishedEditReachesEveryInstanceTest {

    @Serdeable
    record Page(String title, String status) {
    }

    private final Api first;
    private final EmbeddedServer second;
    private final Api secondApi;
    private final EditingTestData data;
    private final TestStaff staff;

    PublishedEditReachesEveryInstanceTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.first = new Api(server, json);
        this.second = ApplicationContext.run(EmbeddedServer.class);
        this.secondApi = new Api(second, json);
        this.data = new EditingTestData(sql);
        this.staff = staff;
    }

    @AfterEach
    void stopSecondInstanceAndRemovePages() {
        second.close();
        data.removeAll();
    }

    @Test
    void aPublishedTranslationReachesTheOtherInstanceUnderANewETag() {
        // given a newcomer's app on the second instance has read the Tigrinya page
        String slug = data.page(1, "ti");
        String page = "/api/v1/values/" + slug + "?lang=ti";
        Api.Response before = secondApi.get(page);
        assertEquals(200, before.status(), before.body());
        String editor = TestStaff.signIn(first, staff.person("redacteur", Role.EDITOR, null));

        // when an editor publishes a new title on the first instance
        EditingTestData.publish(first, editor, slug, "ti", "ሓድሽ ኣርእስቲ", TIGRINYA, false);

        // then the second instance serves it within seconds, and the old ETag no longer matches
        Api.Response after = waitFor(() -> secondApi.get(page), "ሓድሽ ኣርእስቲ");
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(200, secondApi.get(page, "If-None-Match", before.header("ETag")).status());
        assertEquals(304, secondApi.get(page, "If-None-Match", after.header("ETag")).status());
    }

    private static Api.Response waitFor(Supplier<Api.Response> request, String title) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        Api.Response response = request.get();
        while (!response.as(Page.class).title().equals(title)) {
            if (Instant.now().isAfter(deadline)) {
                fail("not published within 5 seconds: " + response.body());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            response = request.get();
        }
        return response;
    }
}
