package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipality's editors keep its local pages by the rules of national content: the same statuses,
 * checks, versions and review, and nobody else edits them.
 */
@MicronautTest(transactional = false)
class MunicipalEditorsTranslateTheirLocalPagesTest {

    private final Api api;
    private final Sql sql;
    private final TestStaff staff;
    private LocalPageTestData local;
    private String editor;
    private String colleague;

    MunicipalEditorsTranslateTheirLocalPagesTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.staff = staff;
    }

    @BeforeEach
    void municipalityWithTwoEditors() {
        local = new LocalPageTestData(sql);
        editor = TestStaff.signIn(api, staff.person("lokaal", Role.EDITOR, local.code));
        colleague = TestStaff.signIn(api, staff.person("lokaalcollega", Role.EDITOR, local.code));
        EditingTestData.reads(api, colleague, "ti");
    }

    @AfterEach
    void removeMunicipality() {
        local.remove();
    }

    @Test
    void statusesAreComputedAsForNationalContent() {
        assertEquals("source", local.item(api, editor, "nl").status());
        assertEquals("unreviewed", local.item(api, editor, "ti").status());
        assertEquals("missing", local.item(api, editor, "ar").status());
    }

    @Test
    void aDutchChangeMakesTheTranslationOutdatedAndAMinorEditDoesNot() {
        EditingTestData.Item minor = local.published(api, editor, "nl", "Het loket", DUTCH.replace("alinea", "alinea."), true);
        assertEquals(1, minor.currentSourceVersion());
        assertEquals("unreviewed", local.item(api, editor, "ti").status());

        local.published(api, editor, "nl", "Het loket", DUTCH.replace("Eerste", "Nieuwe eerste"), false);

        EditingTestData.Item outdated = local.item(api, editor, "ti");
        assertEquals("outdated", outdated.status());
        assertTrue(outdated.sourceChanges().stream().anyMatch(line -> line.change().equals("added")
                && line.text().equals("Nieuwe eerste alinea.")), "the change since the translation was made");
    }

    @Test
    void aDraftChangesNoStatusAndPublishingATranslationOfTheCurrentSourceClearsOutdated() {
        local.published(api, editor, "nl", "Het loket", DUTCH.replace("Eerste", "Andere"), false);
        Api.Response draft = api.send("PUT", local.path("ti") + "/draft",
                Map.of("title", "ቤት", "summary", "", "body", TIGRINYA.replace("ቀዳማይ", "ሓድሽ")), "Authorization", editor);
        assertEquals(200, draft.status(), draft.body());
        assertEquals("outdated", draft.as(EditingTestData.Item.class).status());

        EditingTestData.Item translated = local.published(api, editor, "ti", "ቤት", TIGRINYA.replace("ቀዳማይ", "ሓድሽ"), false);

        assertEquals("unreviewed", translated.status());
        assertEquals(2, translated.text().sourceVersion());
        assertTrue(api.get("/api/v1/municipalities/" + local.code + "/wegwijs/" + LocalPageTestData.SLUG + "?lang=ti")
                .body().contains("ሓድሽ"), "newcomers read the new text");
    }

    @Test
    void aTranslationKeepsTheBlocksOfItsSourceAndScriptsAreStripped() {
        Api.Response wrongBlocks = local.publish(api, editor, "ti", "ቤት", "ሓደ ክፍሊ ጥራይ።", false);
        assertEquals(400, wrongBlocks.status());
        assertTrue(wrongBlocks.as(Problem.class).detail().contains("Keep the blocks of the Dutch text"), wrongBlocks.body());

        local.published(api, editor, "nl", "Het loket", DUTCH.replace("Eerste alinea.",
                "Eerste alinea. <script>alert(1)</script><img src=x onerror=alert(2)>"), false);

        String served = api.get("/api/v1/municipalities/" + local.code + "/wegwijs/" + LocalPageTestData.SLUG + "?lang=nl").body();
        assertTrue(served.contains("Eerste alinea."), served);
        assertFalse(served.contains("<script") || served.contains("<img"), served);
    }

    @Test
    void nobodyReviewsTheirOwnLocalTextButAColleagueOfTheMunicipalityMay() {
        local.published(api, editor, "ti", "ቤት", TIGRINYA, false);

        Api.Response own = api.send("POST", local.path("ti") + "/review", null, "Authorization", editor);
        assertEquals(409, own.status());
        assertTrue(own.as(Problem.class).detail().contains("own text"), own.body());
        assertFalse(local.item(api, editor, "ti").canReview());

        Api.Response reviewed = api.send("POST", local.path("ti") + "/review", null, "Authorization", colleague);
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals("reviewed", reviewed.as(EditingTestData.Item.class).status());
    }

    @Test
    void anotherMunicipalitysEditorAndANationalEditorAreRefused() {
        LocalPageTestData other = new LocalPageTestData(sql);
        try {
            String elsewhere = TestStaff.signIn(api, staff.person("elders", Role.EDITOR, other.code));
            String national = TestStaff.signIn(api, staff.person("landelijk", Role.EDITOR, null));

            for (String outsider : List.of(elsewhere, national)) {
                assertEquals(403, api.get(local.path("nl"), "Authorization", outsider).status());
                assertEquals(403, local.publish(api, outsider, "nl", "Overgenomen", DUTCH, false).status());
                assertEquals(403, api.send("POST", local.path("ti") + "/review", null, "Authorization", outsider).status());
                assertEquals(403, api.get("/api/v1/editing/texts?lang=ti&module=" + local.module(), "Authorization", outsider).status());
            }
            assertEquals("Het loket", local.item(api, editor, "nl").source().title());
        } finally {
            other.remove();
        }
    }

    @Test
    void versionsAreKeptComparedAndRolledBack() {
        local.published(api, editor, "nl", "Het loket, nieuw", DUTCH, false);

        Api.Response versions = api.get(local.path("nl") + "/versions", "Authorization", colleague);
        assertEquals(200, versions.status(), versions.body());
        assertTrue(versions.body().contains("Het loket, nieuw"), versions.body());
        Api.Response comparison = api.get(local.path("nl") + "/comparison?from=1&to=2", "Authorization", colleague);
        assertEquals(200, comparison.status(), comparison.body());

        Api.Response rolledBack = api.send("POST", local.path("nl") + "/versions/1/rollback", Map.of("minorEdit", false),
                "Authorization", colleague);

        assertEquals(200, rolledBack.status(), rolledBack.body());
        assertEquals("Het loket", rolledBack.as(EditingTestData.Item.class).source().title());
    }

    @Test
    void theDashboardCountsTheMunicipalitysLocalContent() {
        local.published(api, editor, "nl", "Het loket", DUTCH.replace("Eerste", "Andere"), false);

        Api.Response rows = api.get("/api/v1/editing/dashboard?lang=ti&section=" + local.module(), "Authorization", editor);

        assertEquals(200, rows.status(), rows.body());
        assertTrue(rows.body().contains("\"outdated\":1"), rows.body());
        Api.Response texts = api.get("/api/v1/editing/texts?lang=ti&module=" + local.module(), "Authorization", editor);
        assertEquals(200, texts.status(), texts.body());
        assertTrue(texts.body().contains("\"status\":\"outdated\"") && texts.body().contains("Het loket"), texts.body());
    }
}
