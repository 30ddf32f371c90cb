package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.meedoen.editing.EditingTestData.DUTCH;
import static nl.meedoen.editing.EditingTestData.TIGRINYA;
import static nl.meedoen.editing.EditingTestData.item;
import static nl.meedoen.editing.EditingTestData.path;
import static nl.meedoen.editing.EditingTestData.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule by which a text's status follows from what editors do, one test per rule. */
@MicronautTest(transactional = false)
class TranslationStatusRulesTest {

    @Serdeable
    record Version(int number, String title, int sourceVersion, boolean minorEdit, String publishedBy, String reviewedBy) {
    }

    private final Api api;
    private final EditingTestData data;
    private final TestStaff staff;
    private String editor;
    private String colleague;

    TranslationStatusRulesTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.api = new Api(server, json);
        this.data = new EditingTestData(sql);
        this.staff = staff;
    }

    @BeforeEach
    void twoNationalEditors() {
        editor = TestStaff.signIn(api, staff.person("redacteur", Role.EDITOR, null));
        colleague = TestStaff.signIn(api, staff.person("collega", Role.EDITOR, null));
        EditingTestData.reads(api, colleague, "ti");
    }

    @AfterEach
    void removePages() {
        data.removeAll();
    }

    @Test
    void aTranslationOfTheCurrentSourceIsUnreviewedAndAMissingOneIsMissing() {
        String slug = data.page(1, "ti");

        assertEquals("source", item(api, editor, slug, "nl").status());
        assertEquals("unreviewed", item(api, editor, slug, "ti").status());
        assertEquals("missing", item(api, editor, slug, "ar").status());
    }

    @Test
    void dariWithoutItsOwnTextFallsBackToPersian() {
        String slug = data.page(1, "fa");

        assertEquals("fallback", item(api, editor, slug, "prs").status());
        assertEquals("missing", item(api, editor, slug, "ps").status());
    }

    @Test
    void publishingADutchChangeMakesEveryTranslationOutdated() {
        String slug = data.page(1, "ti", "ar");

        EditingTestData.Item dutch = publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Eerste", "Nieuwe eerste"), false);

        assertEquals(2, dutch.currentSourceVersion());
        assertEquals("outdated", item(api, editor, slug, "ti").status());
        assertEquals("outdated", item(api, editor, slug, "ar").status());
    }

    @Test
    void aMinorEditOfTheDutchTextLeavesTheTranslationsAsTheyWere() {
        String slug = data.page(1, "ti");

        EditingTestData.Item dutch = publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("alinea", "alinea."), true);

        assertEquals(1, dutch.currentSourceVersion());
        assertEquals("unreviewed", item(api, editor, slug, "ti").status());
    }

    @Test
    void savingADraftChangesNoStatusAndNothingNewcomersRead() {
        String slug = data.page(1, "ti");
        publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Eerste", "Andere"), false);

        Api.Response saved = api.send("PUT", path(slug, "ti") + "/draft",
                Map.of("title", "ገጽ", "summary", "", "body", TIGRINYA.replace("ቀዳማይ", "ሓድሽ")), "Authorization", editor);

        assertEquals(200, saved.status(), saved.body());
        EditingTestData.Item item = saved.as(EditingTestData.Item.class);
        assertEquals("outdated", item.status());
        assertTrue(item.draft().mine());
        assertFalse(item.text().body().contains("ሓድሽ"));
        assertFalse(api.get("/api/v1/values/" + slug + "?lang=ti").body().contains("ሓድሽ"));
        assertFalse(item(api, colleague, slug, "ti").draft().mine());
    }

    @Test
    void publishingATranslationOfTheCurrentSourceClearsOutdated() {
        String slug = data.page(1, "ti");
        publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Eerste", "Andere"), false);

        EditingTestData.Item translated = publish(api, editor, slug, "ti", "ገጽ", TIGRINYA.replace("ቀዳማይ", "ሓድሽ"), false);

        assertEquals("unreviewed", translated.status());
        assertEquals(2, translated.text().sourceVersion());
        assertNull(translated.draft());
    }

    @Test
    void aTextHandedToATranslatorIsInTranslationUntilItsTranslationIsPublished() {
        String slug = data.page(1, "ti");
        publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Eerste", "Andere"), false);

        Api.Response handout = api.send("POST", "/api/v1/editing/files/ti/handouts", null, "Authorization", editor);

        assertEquals(200, handout.status(), handout.body());
        assertEquals("in-translation", item(api, editor, slug, "ti").status());
        assertEquals("missing", item(api, editor, slug, "ar").status(), "only the language handed out");
        publish(api, colleague, slug, "nl", "Toetspagina", DUTCH.replace("Eerste", "Derde"), false);
        assertEquals("in-translation", item(api, editor, slug, "ti").status(), "a newer Dutch text keeps it out");

        EditingTestData.Item back = publish(api, editor, slug, "ti", "ገጽ", TIGRINYA, false);

        assertEquals("unreviewed", back.status());
    }

    @Test
    void anOutdatedTextShowsWhatChangedInTheDutchSourceSinceItWasMade() {
        String slug = data.page(1, "ti");
        publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Laatste alinea.", "Laatste alinea, herschreven."), false);

        List<EditingTestData.Line> changes = item(api, editor, slug, "ti").sourceChanges();

        assertEquals(List.of(new EditingTestData.Line("removed", "Laatste alinea."),
                        new EditingTestData.Line("added", "Laatste alinea, herschreven.")),
                changes.stream().filter(line -> !line.change().equals("same")).toList());
    }

    @Test
    void nobodyReviewsTheirOwnTextButAColleagueMay() {
        String slug = data.page(1, "ti");
        EditingTestData.Item published = publish(api, editor, slug, "ti", "ገጽ", TIGRINYA, false);
        assertFalse(published.canReview());

        Api.Response own = api.send("POST", path(slug, "ti") + "/review", null, "Authorization", editor);
        assertEquals(409, own.status());
        assertTrue(own.as(Problem.class).detail().contains("own text"), own.body());
        assertTrue(item(api, colleague, slug, "ti").canReview());

        Api.Response reviewed = api.send("POST", path(slug, "ti") + "/review", null, "Authorization", colleague);
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals("reviewed", reviewed.as(EditingTestData.Item.class).status());
        assertTrue(api.get("/api/v1/values/" + slug + "?lang=ti").body().contains("\"status\":\"reviewed\""));
    }

    @Test
    void anOutdatedTextCannotBeMarkedReviewed() {
        String slug = data.page(1, "ti");
        publish(api, editor, slug, "nl", "Toetspagina", DUTCH.replace("Eerste", "Andere"), false);

        Api.Response review = api.send("POST", path(slug, "ti") + "/review", null, "Authorization", colleague);

        assertEquals(409, review.status());
        assertEquals("outdated", item(api, colleague, slug, "ti").status());
    }

    @Test
    void everyPublishedVersionIsKeptWithWhoAndWhen() {
        String slug = data.page(1, "ti");
        publish(api, editor, slug, "ti", "ገጽ ሓደ", TIGRINYA, false);
        publish(api, editor, slug, "ti", "ገጽ ክልተ", TIGRINYA, false);
        api.send("POST", path(slug, "ti") + "/review", null, "Authorization", colleague);

        Api.Response response = api.get(path(slug, "ti") + "/versions", "Authorization", colleague);

        assertEquals(200, response.status(), response.body());
        List<Version> versions = response.asListOf(Version.class);
        assertEquals(List.of(3, 2, 1), versions.stream().map(Version::number).toList());
        assertEquals("ገጽ ክልተ", versions.get(0).title());
        assertEquals("Medewerker redacteur", versions.get(0).publishedBy());
        assertEquals("Medewerker collega", versions.get(0).reviewedBy());
        assertNull(versions.get(2).publishedBy(), "version 1 is the text as it was before editing");
    }
}
