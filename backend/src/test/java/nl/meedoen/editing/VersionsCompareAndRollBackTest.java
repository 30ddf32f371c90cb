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

import java.util.List;
import java.util.Map;

import static nl.meedoen.editing.EditingTestData.DUTCH;
import static nl.meedoen.editing.EditingTestData.TIGRINYA;
import static nl.meedoen.editing.EditingTestData.path;
import static nl.meedoen.editing.EditingTestData.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any two versions can be compared, and an earlier one published again, honestly marked. */
@MicronautTest(transactional = false)
class VersionsCompareAndRollBackTest {

    @Serdeable
    record Comparison(List<EditingTestData.Line> title, List<EditingTestData.Line> body) {
    }

    private final Api api;
    private final EditingTestData data;
    private final TestStaff staff;
    private String editor;

    VersionsCompareAndRollBackTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
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
    void twoVersionsAreComparedLineByLine() {
        String slug = data.page(1);
        publish(api, editor, slug, "nl", "Nieuwe titel", DUTCH.replace("Laatste alinea.", "Slotalinea."), false);

        Api.Response response = api.get(path(slug, "nl") + "/comparison?from=1&to=2", "Authorization", editor);

        assertEquals(200, response.status(), response.body());
        Comparison comparison = response.as(Comparison.class);
        assertEquals(List.of(new EditingTestData.Line("removed", "Toetspagina"), new EditingTestData.Line("added", "Nieuwe titel")),
                comparison.title());
        assertEquals(List.of(new EditingTestData.Line("removed", "Laatste alinea."), new EditingTestData.Line("added", "Slotalinea.")),
                comparison.body().stream().filter(line -> !line.change().equals("same")).toList());
    }

    @Test
    void rollingBackADutchChangeIsANewVersionThatNewcomersRead() {
        String slug = data.page(1);
        publish(api, editor, slug, "nl", "Verkeerde titel", DUTCH, true);

        Api.Response response = api.send("POST", path(slug, "nl") + "/versions/1/rollback", Map.of("minorEdit", true),
                "Authorization", editor);

        assertEquals(200, response.status(), response.body());
        assertEquals("Toetspagina", response.as(EditingTestData.Item.class).source().title());
        assertEquals(3, api.get(path(slug, "nl") + "/versions", "Authorization", editor).asListOf(Map.class).size());
        assertEquals(200, api.get("/api/v1/values/" + slug + "?lang=nl").status());
    }

    @Test
    void rollingATranslationBackToATextOfAnOlderSourceShowsItOutdated() {
        String slug = data.page(1, "ti");
        publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Eerste", "Andere"), false);
        publish(api, editor, slug, "ti", "ሓድሽ", TIGRINYA, false);
        assertEquals("unreviewed", EditingTestData.item(api, editor, slug, "ti").status());

        Api.Response response = api.send("POST", path(slug, "ti") + "/versions/1/rollback", Map.of("minorEdit", false),
                "Authorization", editor);

        assertEquals(200, response.status(), response.body());
        assertEquals("outdated", response.as(EditingTestData.Item.class).status());
    }

    @Test
    void anUnknownVersionIsNotFound() {
        String slug = data.page(1);

        assertEquals(404, api.get(path(slug, "nl") + "/comparison?from=1&to=7", "Authorization", editor).status());
        assertEquals(404, api.get("/api/v1/editing/values/bestaat-niet/nl", "Authorization", editor).status());
        assertEquals(404, api.get("/api/v1/editing/onbekend/" + slug + "/nl", "Authorization", editor).status());
        assertEquals(404, api.get(path(slug, "xx"), "Authorization", editor).status());
    }
}
