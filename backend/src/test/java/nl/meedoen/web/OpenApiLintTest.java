package nl.meedoen.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import nl.meedoen.testing.Api;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The published API description covers every operation truthfully and passes the Dutch API Design Rules linter. */
@MicronautTest(transactional = false)
class OpenApiLintTest {

    private static final Path RULESET = Path.of("src/test/resources/standards/nl-api-design-rules.spectral.yaml");
    /** Installed from the pinned package-lock.json by the build (npm ci) before the tests run. */
    private static final Path LINTER = Path.of("src/test/lint/node_modules/.bin/spectral");
    private static final String API = "/api/v1/";
    /** The document itself is left out of the document. */
    private static final String DOCUMENT = "/api/v1/openapi.json";

    private final Api api;
    private final Router router;

    OpenApiLintTest(EmbeddedServer server, JsonMapper json, Router router) {
        this.api = new Api(server, json);
        this.router = router;
    }

    @Serdeable
    record Document(List<Server> servers, Map<String, Map<String, Operation>> paths, Components components) {
    }

    @Serdeable
    record Server(String url) {
    }

    @Serdeable
    record Components(Map<String, Response> responses) {
    }

    @Serdeable
    record Operation(Map<String, Response> responses, @Nullable List<Map<String, List<String>>> security) {
    }

    @Serdeable
    record Response(@JsonProperty("$ref") @Nullable String ref, @Nullable Map<String, JsonNode> headers,
                    @Nullable Map<String, JsonNode> content) {
    }

    @Test
    void everyRouteOfTheApiIsInTheDocument() {
        Document document = document();

        assertEquals(List.of("/api/v1"), document.servers().stream().map(Server::url).toList());
        Set<String> documented = document.paths().entrySet().stream()
                .flatMap(path -> path.getValue().keySet().stream()
                        .map(method -> method.toUpperCase(Locale.ROOT) + " /api/v1" + path.getKey()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> routed = apiRoutes()
                .map(OpenApiLintTest::operation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(routed, documented);
    }

    @Test
    void everyResponseSaysTheApiVersionAndErrorsAreProblems() {
        Document document = document();

        List<String> wrong = new ArrayList<>();
        document.paths().forEach((path, operations) -> operations.forEach((method, operation) -> operation.responses().forEach((status, declared) -> {
            Response response = declared.ref() == null ? declared
                    : document.components().responses().get(declared.ref().substring("#/components/responses/".length()));
            String where = method.toUpperCase(Locale.ROOT) + " " + path + " " + status;
            if (response == null || response.headers() == null || !response.headers().containsKey(ApiVersionFilter.HEADER)) {
                wrong.add(where + ": no " + ApiVersionFilter.HEADER + " header");
            } else if (status.matches("[45]\\d\\d") && (response.content() == null || !response.content().keySet().equals(Set.of(Problems.MEDIA_TYPE)))) {
                wrong.add(where + ": not " + Problems.MEDIA_TYPE);
            }
        })));
        assertEquals(List.of(), wrong);
    }

    @Test
    void operationsForSignedInCallersNeedATokenAndSayWhenItIsMissing() {
        Map<String, Operation> operations = new TreeMap<>();
        document().paths().forEach((path, byMethod) -> byMethod.forEach((method, operation) ->
                operations.put(method.toUpperCase(Locale.ROOT) + " /api/v1" + path, operation)));
        Set<String> forCallers = apiRoutes()
                .filter(route -> Arrays.stream(route.getTargetMethod().getArguments())
                        .anyMatch(argument -> Caller.class.isAssignableFrom(argument.getType())))
                .map(OpenApiLintTest::operation)
                .collect(Collectors.toCollection(TreeSet::new));

        assertTrue(forCallers.size() > 10, forCallers.toString());
        forCallers.forEach(key -> {
            Operation operation = operations.get(key);
            assertEquals(List.of(Map.of("bearer", List.of())), operation.security(), key);
            assertTrue(operation.responses().containsKey("401"), key);
        });
    }

    /** Where a unique constraint can stop a change that raced another, the 409 it answers is declared. */
    @Test
    void changesThatCanCollideDeclareTheirConflict() {
        Document document = document();

        for (String[] operation : new String[][] {{"/municipalities", "post"}, {"/municipalities/{code}/staff", "post"},
                {"/municipalities/{code}/staff/{id}/roles", "put"}}) {
            Response conflict = document.paths().get(operation[0]).get(operation[1]).responses().get("409");
            assertEquals("#/components/responses/Conflict", conflict == null ? null : conflict.ref(), String.join(" ", operation));
        }
    }

    @Test
    void rolesAreSpelledAsTheirLowerCaseCodes() {
        String text = api.get(DOCUMENT).body();

        assertTrue(text.contains("\"coordinator\""), "the role codes are in the document");
        assertTrue(!text.contains("\"COORDINATOR\""), "no second spelling of a role");
    }

    @Test
    void aClientThatHasTheDocumentRevalidatesItWithoutDownloadingItAgain() {
        Api.Response first = api.get(DOCUMENT);
        assertEquals("*", first.header("Access-Control-Allow-Origin"));

        Api.Response again = api.get(DOCUMENT, "If-None-Match", first.header("ETag"));

        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
    }

    @Test
    void theDocumentPassesTheApiDesignRulesLinter() throws IOException, InterruptedException {
        if (!Files.isExecutable(LINTER)) {
            fail("The API Design Rules linter is not installed at " + LINTER.toAbsolutePath() + ". The build installs it with"
                    + " `npm ci` in src/test/lint, which needs Node.js and npm on the PATH (.ci/run installs them on Debian:"
                    + " apt-get install npm). Install npm and run the build again.");
        }
        Path document = Files.createDirectories(Path.of("target")).resolve("openapi.json");
        Files.write(document, api.get(DOCUMENT).bytes());

        Process lint = new ProcessBuilder(LINTER.toAbsolutePath().toString(), "lint", "--fail-severity", "error",
                "-r", RULESET.toAbsolutePath().toString(), document.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(2, TimeUnit.MINUTES), "the linter finished");
        assertEquals(0, lint.exitValue(), "API Design Rules linter:\n" + output);
    }

    private Document document() {
        Api.Response response = api.get(DOCUMENT);
        assertEquals(200, response.status());
        return response.as(Document.class);
    }

    /** Every operation of the API, except the route of the document itself. */
    private Stream<UriRouteInfo<?, ?>> apiRoutes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith(API))
                .filter(route -> !route.getUriMatchTemplate().toPathString().equals(DOCUMENT));
    }

    private static String operation(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }
}
