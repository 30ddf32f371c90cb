package nl.meedoen.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published API description is complete and passes the Dutch API Design Rules linter. */
@MicronautTest(transactional = false)
class OpenApiLintTest {

    private static final Path RULESET = Path.of("src/test/resources/standards/nl-api-design-rules.spectral.yaml");

    private final Api api;

    OpenApiLintTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentDescribesEveryPublicOperation() {
        Api.Response response = api.get("/api/v1/openapi.json");

        assertEquals(200, response.status());
        Map<String, Object> paths = (Map<String, Object>) response.object().get("paths");
        assertTrue(paths.keySet().containsAll(List.of("/locales", "/messages", "/values", "/values/{slug}")), paths.keySet().toString());
        Map<String, Object> page = (Map<String, Object>) ((Map<String, Object>) paths.get("/values/{slug}")).get("get");
        Map<String, Object> responses = (Map<String, Object>) page.get("responses");
        assertTrue(responses.keySet().containsAll(List.of("200", "400", "404")));
    }

    @Test
    void theDocumentPassesTheApiDesignRulesLinter() throws IOException, InterruptedException {
        Path document = Files.createDirectories(Path.of("target")).resolve("openapi.json");
        Files.write(document, api.get("/api/v1/openapi.json").bytes());

        Process lint = new ProcessBuilder("npx", "--yes", "@stoplight/spectral-cli@6", "lint", "--fail-severity", "error",
                "-r", RULESET.toAbsolutePath().toString(), document.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "the linter finished");
        assertEquals(0, lint.exitValue(), "API Design Rules linter:\n" + output);
    }
}
