package nl.meedoen.editing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.locale.UiStrings;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.web.PublishedResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An editor publishes an interface text on one instance; an app served by another reads it within
 * seconds under a new ETag, and mails formatted there use it too.
 */
@MicronautTest(transactional = false)
class PublishedInterfaceTextReachesEveryInstanceTest {

    @Serdeable
    record Messages(String lang, String status, Map<String, String> messages) {
    }

    private final Api first;
    private final EmbeddedServer second;
    private final Api secondApi;
    private final UiTextTestData data;
    private final TestStaff staff;

    PublishedInterfaceTextReachesEveryInstanceTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff,
                                                   PublishedResponses responses) {
        this.first = new Api(server, json);
        this.second = ApplicationContext.run(EmbeddedServer.class);
        this.secondApi = new Api(second, json);
        this.data = new UiTextTestData(sql, responses);
        this.staff = staff;
    }

    @AfterEach
    void stopSecondInstanceAndRemoveKeys() {
        second.close();
        data.removeAll();
    }

    @Test
    void aPublishedInterfaceTextReachesTheOtherInstanceUnderANewETag() {
        // given the app on the second instance has read the Tigrinya texts
        String key = data.key("{count, plural, one {# plaats} other {# plaatsen}} vrij", "ti", "{count, plural, one {# ቦታ} other {# ቦታታት}} ኣሎ");
        String path = "/api/v1/messages?lang=ti";
        Api.Response before = waitFor(() -> secondApi.get(path), key, "{count, plural, one {# ቦታ} other {# ቦታታት}} ኣሎ");
        String editor = TestStaff.signIn(first, staff.person("redacteur", Role.EDITOR, null));

        // when an editor publishes a new Tigrinya text on the first instance
        String published = "{count, plural, one {# ነጻ ቦታ} other {# ነጻ ቦታታት}} ኣሎ";
        UiTextTestData.publish(first, editor, key, "ti", published, false);

        // then the second instance serves it within seconds, and the old ETag no longer matches
        Api.Response after = waitFor(() -> secondApi.get(path), key, published);
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(200, secondApi.get(path, "If-None-Match", before.header("ETag")).status());
        assertEquals(304, secondApi.get(path, "If-None-Match", after.header("ETag")).status());

        // and a mail formatted on the second instance uses the published text, with Tigrinya plural rules
        UiStrings strings = second.getApplicationContext().getBean(UiStrings.class);
        SupportedLocales locales = second.getApplicationContext().getBean(SupportedLocales.class);
        assertEquals("3 ነጻ ቦታታት ኣሎ", strings.format(locales.find("ti").orElseThrow(), key, Map.of("count", 3)));
    }

    private static Api.Response waitFor(Supplier<Api.Response> request, String key, String pattern) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        Api.Response response = request.get();
        while (!pattern.equals(response.as(Messages.class).messages().get(key))) {
            if (Instant.now().isAfter(deadline)) {
                fail("not published within 5 seconds: " + response.body());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            response = request.get();
        }
        return response;
    }
}
