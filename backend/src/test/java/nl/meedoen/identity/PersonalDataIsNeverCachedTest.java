package nl.meedoen.identity;

import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import nl.meedoen.testing.Api;
import nl.meedoen.web.NoPersonalData;
import nl.meedoen.web.PublishedContent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the API that is not published content answers with {@code Cache-Control:
 * no-store}, whoever calls and whatever the outcome, so that no browser, proxy or service worker keeps
 * personal data or tokens. The routes come from the router: a new endpoint is covered at once.
 */
@MicronautTest(transactional = false)
class PersonalDataIsNeverCachedTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)[^}]*}");

    @Serdeable
    record Tokens(String accessToken) {
    }

    private final Api api;
    private final Router router;

    PersonalDataIsNeverCachedTest(EmbeddedServer server, JsonMapper json, Router router) {
        this.api = new Api(server, json);
        this.router = router;
    }

    @Test
    void everyOperationThatIsNotPublishedContentAnswersNoStore() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/v1"))
                .toList();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : routes) {
            String key = route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
            if (route.getAnnotationMetadata().hasAnnotation(PublishedContent.class) || route.getAnnotationMetadata().hasAnnotation(NoPersonalData.class)) {
                continue;
            }
            String path = fill(route.getUriMatchTemplate().toPathString());
            Object body = route.getHttpMethod() == HttpMethod.GET ? null : Map.of();
            for (String[] headers : List.of(new String[0], new String[] {"Authorization", token("admin@meedoen.example")},
                    new String[] {"Authorization", token("coordinator@voorbeeldstad.example")})) {
                Api.Response response = api.send(route.getHttpMethodName(), path, body, headers);
                checked++;
                if (!"no-store".equals(response.header("Cache-Control"))) {
                    wrong.add(key + " as " + (headers.length == 0 ? "nobody" : headers[1].substring(0, 12)) + ": "
                            + response.status() + " with Cache-Control " + response.header("Cache-Control"));
                }
            }
        }
        assertTrue(checked > 30, "the router lists the API's operations");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void successfulAnswersWithTokensAndPersonalDataAreNotStored() {
        Api.Response signIn = api.send("POST", "/api/v1/sign-in", Map.of("email", "coordinator@voorbeeldstad.example", "password", DemoAccounts.PASSWORD));
        String coordinator = "Bearer " + signIn.as(Tokens.class).accessToken();

        List<Api.Response> answers = List.of(signIn,
                api.get("/api/v1/staff/me", "Authorization", coordinator),
                api.get("/api/v1/municipalities/GM9999/newcomers", "Authorization", coordinator),
                api.get("/api/v1/municipalities/GM9999/staff", "Authorization", coordinator),
                api.get("/api/v1/municipalities/GM9999/audit-events", "Authorization", coordinator));

        for (Api.Response answer : answers) {
            assertEquals(200, answer.status(), answer.body());
            assertEquals("no-store", answer.header("Cache-Control"));
        }
    }

    @Test
    void publishedContentStaysCacheable() {
        Api.Response municipality = api.get("/api/v1/municipalities/GM9999");

        assertEquals(200, municipality.status());
        assertFalse(municipality.header("Cache-Control").contains("no-store"));
        assertTrue(municipality.header("Cache-Control").contains("public"));
    }

    private static String fill(String template) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1)) {
                case "code" -> "GM9999";
                case "id" -> UUID.randomUUID().toString();
                default -> "unknown";
            };
            variable.appendReplacement(path, value);
        }
        return variable.appendTail(path).toString();
    }

    /** A fresh sign-in per call, so that the sign-out operation ends nothing another call needs. */
    private String token(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", DemoAccounts.PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }
}
