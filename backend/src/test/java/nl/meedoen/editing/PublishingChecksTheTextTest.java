package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.meedoen.editing.EditingTestData.DUTCH;
import static nl.meedoen.editing.EditingTestData.TIGRINYA;
import static nl.meedoen.editing.EditingTestData.path;
import static nl.meedoen.editing.EditingTestData.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text is checked before it is published, all problems at once, and nothing a newcomer reads can
 * carry a script: the same renderer and sanitiser serve the preview and the published page.
 */
@MicronautTest(transactional = false)
class PublishingChecksTheTextTest {

    @Serdeable
    record Refusal(int status, String detail, List<String> problems) {
    }

    @Serdeable
    record Preview(String html) {
    }

    @Serdeable
    record NewcomerPage(String title, String html, String status) {
    }

    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Set<String> SAFE_TAGS = Set.of("p", "h2", "h3", "ul", "li", "em", "strong", "a");

    private final Api api;
    private final EditingTestData data;
    private final TestStaff staff;
    private String editor;

    PublishingChecksTheTextTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.api = new Api(server, json);
        this.data = new EditingTestData(sql);
        this.staff = staff;
    }

    @BeforeEach
    void nationalEditor() {
        editor = TestStaff.signIn(api, staff.person("redacteur", Role.EDITOR, null));
    }

    @AfterEach
    void removePages() {
        data.removeAll();
    }

    @Test
    void aTranslationWithoutTheHeadingAndListOfItsSourceIsRefusedAndNothingChanges() {
        String slug = data.page(1, "ti");

        Refusal refusal = refuse(slug, "ti", "ቀዳማይ ክፍሊ።\n\nናይ መወዳእታ ክፍሊ።\n");

        assertEquals(400, refusal.status());
        assertTrue(refusal.detail().contains("block 2 is a paragraph where the Dutch text has a heading of level 2"), refusal.detail());
        assertEquals("unreviewed", EditingTestData.item(api, editor, slug, "ti").status());
        assertEquals(TIGRINYA, EditingTestData.item(api, editor, slug, "ti").text().body());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        String slug = data.page(1, "ti");
        String body = TIGRINYA.replace("ቀዳማይ ክፍሊ።", "[ክፍሊ](javascript:alert(1)) ![x](https://example.org/x.png)")
                + "\n## ተወሳኺ\n";

        Refusal refusal = refuse(slug, "ti", body);

        assertEquals(3, refusal.problems().size(), refusal.problems().toString());
        assertTrue(refusal.problems().get(0).contains("javascript:alert(1)"));
        assertTrue(refusal.problems().get(1).startsWith("Images"));
        assertTrue(refusal.problems().get(2).startsWith("Keep the blocks"));
    }

    @Test
    void aLinkToAWebAddressMailOrPhonePasses() {
        String slug = data.page(1);
        String body = DUTCH.replace("Eerste alinea.", "Zie [IND](https://ind.nl), [mail](mailto:info@ind.nl) of [bel](tel:+31881430430).");

        EditingTestData.Item item = publish(api, editor, slug, "nl", "Toetspagina", body, false);

        assertTrue(item.source().body().contains("https://ind.nl"));
        String html = api.get("/api/v1/values/" + slug + "?lang=nl").as(NewcomerPage.class).html();
        assertTrue(html.contains("href=\"https://ind.nl\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">klik</a>",
            "<details open ontoggle=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\"><script src=https://evil.example/x.js></script>"})
    void aScriptInTheTextNeverReachesANewcomerOrThePreview(String payload) {
        String slug = data.page(1);

        publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Eerste alinea.", "Eerste alinea " + payload), false);

        String published = api.get("/api/v1/values/" + slug + "?lang=nl").as(NewcomerPage.class).html();
        Api.Response preview = api.send("POST", "/api/v1/editing/preview", Map.of("body", payload), "Authorization", editor);
        assertEquals(200, preview.status(), preview.body());
        for (String html : List.of(published, preview.as(Preview.class).html())) {
            // What is left of the payload is text (its angle brackets escaped); the only tags are harmless ones.
            Matcher tag = TAG.matcher(html);
            while (tag.find()) {
                String name = tag.group(1).toLowerCase(Locale.ROOT);
                String attributes = tag.group(2).toLowerCase(Locale.ROOT);
                assertTrue(SAFE_TAGS.contains(name), "<" + name + "> in " + html);
                assertFalse(attributes.matches("(?s).*\\bon[a-z]+\\s*=.*"), "event handler in " + html);
                assertFalse(attributes.contains("javascript:"), "script link in " + html);
            }
        }
    }

    @Test
    void thePreviewIsWhatTheNewcomerGets() {
        String slug = data.page(1);
        String body = DUTCH.replace("Eerste alinea.", "Eerste *alinea* met [link](https://example.org).");

        String preview = api.send("POST", "/api/v1/editing/preview", Map.of("body", body), "Authorization", editor)
                .as(Preview.class).html();
        publish(api, editor, slug, "nl", "Toetspagina", body, false);

        assertEquals(preview, api.get("/api/v1/values/" + slug + "?lang=nl").as(NewcomerPage.class).html());
    }

    private Refusal refuse(String slug, String lang, String body) {
        Api.Response response = api.send("POST", path(slug, lang) + "/publication",
                Map.of("title", "ገጽ", "summary", "", "body", body, "minorEdit", false), "Authorization", editor);
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        return response.as(Refusal.class);
    }
}
