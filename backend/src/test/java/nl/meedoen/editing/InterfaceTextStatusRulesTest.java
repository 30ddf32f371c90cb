package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.web.PublishedResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.meedoen.editing.UiTextTestData.item;
import static nl.meedoen.editing.UiTextTestData.path;
import static nl.meedoen.editing.UiTextTestData.publish;
import static nl.meedoen.editing.UiTextTestData.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each rule by which an interface text's status follows from what editors do, one test per rule. */
@MicronautTest(transactional = false)
class InterfaceTextStatusRulesTest {

    @Serdeable
    record Version(int number, String pattern, int sourceVersion, boolean minorEdit, String publishedBy, String reviewedBy) {
    }

    @Serdeable
    record Row(String section, String lang, int missing, int fallback, int unreviewed, int reviewed, int outdated, int total) {
    }

    @Serdeable
    record Messages(String lang, Map<String, String> messages) {
    }

    private final Api api;
    private final UiTextTestData data;
    private final TestStaff staff;
    private String editor;
    private String colleague;

    InterfaceTextStatusRulesTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff, PublishedResponses responses) {
        this.api = new Api(server, json);
        this.data = new UiTextTestData(sql, responses);
        this.staff = staff;
    }

    @BeforeEach
    void twoNationalEditors() {
        editor = TestStaff.signIn(api, staff.person("redacteur", Role.EDITOR, null));
        colleague = TestStaff.signIn(api, staff.person("collega", Role.EDITOR, null));
        EditingTestData.reads(api, colleague, "ti", "ar");
    }

    @AfterEach
    void removeKeys() {
        data.removeAll();
    }

    @Test
    void aTranslationOfTheCurrentSourceIsUnreviewedAndAMissingOneIsMissing() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");

        assertEquals("source", item(api, editor, key, "nl").status());
        assertEquals("unreviewed", item(api, editor, key, "ti").status());
        assertEquals("missing", item(api, editor, key, "ar").status());
    }

    @Test
    void dariWithoutItsOwnTextFallsBackToPersian() {
        String key = data.key("Welkom", "fa", "خوش آمدید");

        assertEquals("fallback", item(api, editor, key, "prs").status());
        assertEquals("missing", item(api, editor, key, "ps").status());
    }

    @Test
    void publishingADutchChangeMakesEveryTranslationOutdatedAndRecordsItsVersion() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም", "ar", "أهلا وسهلا");

        UiTextTestData.Item dutch = publish(api, editor, key, "nl", "Welkom in Meedoen", false);

        assertEquals(2, dutch.currentSourceVersion());
        assertEquals("outdated", item(api, editor, key, "ti").status());
        assertEquals("outdated", item(api, editor, key, "ar").status());
    }

    @Test
    void aMinorEditOfTheDutchTextKeepsTranslationsCurrent() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");

        UiTextTestData.Item dutch = publish(api, editor, key, "nl", "Welkom!", true);

        assertEquals(1, dutch.currentSourceVersion());
        assertEquals("unreviewed", item(api, editor, key, "ti").status());
    }

    @Test
    void savingADraftChangesNoStatusAndNothingNewcomersRead() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");

        Api.Response draft = api.send("PUT", path(key, "nl") + "/draft", Map.of("pattern", "Welkom, concept"), "Authorization", editor);
        Api.Response translationDraft = api.send("PUT", path(key, "ti") + "/draft", Map.of("pattern", "ንድፊ"), "Authorization", editor);

        assertEquals(200, draft.status(), draft.body());
        assertEquals(200, translationDraft.status(), translationDraft.body());
        UiTextTestData.Item ti = item(api, editor, key, "ti");
        assertEquals("unreviewed", ti.status());
        assertEquals("ንድፊ", ti.draft().pattern());
        assertEquals(1, ti.currentSourceVersion());
        assertEquals("Welkom", api.get("/api/v1/messages?lang=nl").as(Messages.class).messages().get(key));
        assertEquals("እንቋዕ ብደሓን መጻእኩም", api.get("/api/v1/messages?lang=ti").as(Messages.class).messages().get(key));
    }

    @Test
    void publishingATranslationOfTheCurrentSourceClearsOutdated() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");
        publish(api, editor, key, "nl", "Welkom in Meedoen", false);

        UiTextTestData.Item ti = publish(api, editor, key, "ti", "እንቋዕ ናብ Meedoen ብደሓን መጻእኩም", false);

        assertEquals("unreviewed", ti.status());
        assertEquals(2, ti.text().sourceVersion());
        assertNull(ti.draft());
    }

    @Test
    void anOutdatedTranslationShowsWhatChangedInDutchAndCannotBeReviewed() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");
        publish(api, editor, key, "nl", "Welkom in Meedoen", false);

        UiTextTestData.Item ti = item(api, colleague, key, "ti");
        Api.Response refused = review(api, colleague, key, "ti");

        assertEquals("outdated", ti.reviewBlock());
        assertEquals(409, refused.status(), refused.body());
        assertEquals(List.of(new UiTextTestData.Line("added", "Welkom in Meedoen")),
                ti.sourceChanges().stream().filter(line -> line.change().equals("added")).toList());
    }

    @Test
    void aReviewedTranslationBecomesOutdatedWhenTheDutchTextChanges() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");
        assertEquals(200, review(api, colleague, key, "ti").status());
        assertEquals("reviewed", item(api, editor, key, "ti").status());

        publish(api, editor, key, "nl", "Welkom in Meedoen", false);

        assertEquals("outdated", item(api, editor, key, "ti").status());
    }

    @Test
    void republishingAReviewedTranslationMakesItUnreviewedAgain() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");
        assertEquals(200, review(api, colleague, key, "ti").status());

        UiTextTestData.Item republished = publish(api, editor, key, "ti", "እንቋዕ ብደሓን መጻእኩም!", false);

        assertEquals("unreviewed", republished.status());
    }

    @Test
    void everyPublishedVersionIsKeptAndAnEarlierOneCanBePublishedAgain() {
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");
        publish(api, editor, key, "ti", "ሓደ", false);
        publish(api, editor, key, "ti", "ክልተ", false);

        List<Version> versions = api.get(path(key, "ti") + "/versions", "Authorization", colleague).asListOf(Version.class);
        Api.Response rolledBack = api.send("POST", path(key, "ti") + "/versions/2/rollback", Map.of("minorEdit", false),
                "Authorization", colleague);

        assertEquals(List.of(3, 2, 1), versions.stream().map(Version::number).toList());
        assertEquals("Medewerker redacteur", versions.get(0).publishedBy());
        assertNull(versions.get(2).publishedBy(), "version 1 is the text as it was shipped");
        assertEquals(200, rolledBack.status(), rolledBack.body());
        assertEquals("ሓደ", rolledBack.as(UiTextTestData.Item.class).text().pattern());
    }

    @Test
    void theDashboardCountsInterfaceTextsByTheSameRules() {
        Row before = interfaceRow("ti");
        String key = data.key("Welkom", "ti", "እንቋዕ ብደሓን መጻእኩም");
        data.key("Dag");
        Row added = interfaceRow("ti");

        publish(api, editor, key, "nl", "Welkom in Meedoen", false);
        Row after = interfaceRow("ti");

        assertEquals(before.total() + 2, added.total());
        assertEquals(before.unreviewed() + 1, added.unreviewed());
        assertEquals(before.missing() + 1, added.missing());
        assertEquals(added.unreviewed() - 1, after.unreviewed());
        assertEquals(added.outdated() + 1, after.outdated());
    }

    private Row interfaceRow(String lang) {
        Api.Response response = api.get("/api/v1/editing/dashboard?section=interface&lang=" + lang, "Authorization", editor);
        assertEquals(200, response.status(), response.body());
        List<Row> rows = response.asListOf(Row.class);
        assertEquals(1, rows.size(), response.body());
        return rows.get(0);
    }
}
