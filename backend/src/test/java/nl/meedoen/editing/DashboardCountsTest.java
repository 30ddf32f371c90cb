package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.municipality.DemoMunicipality;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard on a municipality with known local pages: three pages, each language's count per status
 * and completeness follow from the rules, filters narrow it, and each editor sees only their own.
 */
@MicronautTest(transactional = false)
class DashboardCountsTest {

    @Serdeable
    record Row(String section, String lang, int missing, int fallback, int unreviewed, int reviewed, int outdated,
               int total, int completeness) {
    }

    @Serdeable
    record Listed(String module, String slug, String title, String lang, String status) {
    }

    private final Api api;
    private final Sql sql;
    private final TestStaff staff;
    private String code;

    DashboardCountsTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.staff = staff;
    }

    @BeforeEach
    void municipalityWithThreeLocalPages() {
        code = "GM6" + ThreadLocalRandom.current().nextInt(100, 1000);
        sql.update("INSERT INTO municipality (code, slug, name, search_key) VALUES (?, ?, ?, ?)",
                code, "telstad-" + code.toLowerCase(), "Telstad " + code, "telstad");
        page("afval", 2, "nl:2:source", "ti:2:unreviewed", "ar:1:unreviewed", "fa:2:reviewed");
        page("bibliotheek", 1, "nl:1:source", "ti:1:reviewed");
        page("markt", 1, "nl:1:source");
    }

    @AfterEach
    void removeMunicipality() {
        sql.update("DELETE FROM municipality WHERE code = ?", code);
    }

    @Test
    void eachLanguageCountsItsTextsByStatus() {
        String editor = TestStaff.signIn(api, staff.person("lokaal", Role.EDITOR, code));

        List<Row> rows = rows(editor, "");

        assertEquals(List.of("local:" + code), rows.stream().map(Row::section).distinct().toList());
        assertEquals(new Row("local:" + code, "ti", 1, 0, 1, 1, 0, 3, 66), find(rows, "ti"));
        assertEquals(new Row("local:" + code, "ar", 2, 0, 0, 0, 1, 3, 0), find(rows, "ar"));
        assertEquals(new Row("local:" + code, "fa", 2, 0, 0, 1, 0, 3, 33), find(rows, "fa"));
        assertEquals(new Row("local:" + code, "prs", 2, 1, 0, 0, 0, 3, 0), find(rows, "prs"));
        assertEquals(new Row("local:" + code, "en", 3, 0, 0, 0, 0, 3, 0), find(rows, "en"));
        assertEquals(16, rows.size(), "every language but Dutch");
    }

    @Test
    void filtersNarrowTheRowsByLanguageSectionAndStatus() {
        String national = TestStaff.signIn(api, staff.person("landelijk", Role.EDITOR, null));

        assertEquals(List.of("ar"), rows(national, "?section=local:" + code + "&status=outdated").stream().map(Row::lang).toList());
        List<Row> tigrinya = rows(national, "?lang=ti");
        assertTrue(tigrinya.stream().map(Row::section).toList().containsAll(List.of("values", "wegwijs", "interface", "local:" + code)));
        assertEquals(1, tigrinya.stream().filter(row -> row.section().equals("values")).count());

        Api.Response wrong = api.get("/api/v1/editing/dashboard?status=klaar", "Authorization", national);
        assertEquals(400, wrong.status());
        assertTrue(wrong.as(Problem.class).detail().contains("'klaar' is no status"));
    }

    @Test
    void anEditorOfAnotherMunicipalitySeesNoneOfIt() {
        String other = TestStaff.signIn(api, staff.person("elders", Role.EDITOR, DemoMunicipality.CODE));

        assertTrue(rows(other, "").stream().noneMatch(row -> row.section().equals("local:" + code)));
        assertEquals(403, api.get("/api/v1/editing/texts?lang=ti", "Authorization", other).status());
    }

    @Test
    void theNationalListNamesEachPageWithItsStatus() {
        String national = TestStaff.signIn(api, staff.person("landelijk", Role.EDITOR, null));

        Api.Response response = api.get("/api/v1/editing/texts?lang=ti&module=values", "Authorization", national);

        assertEquals(200, response.status(), response.body());
        List<Listed> texts = response.asListOf(Listed.class);
        assertTrue(texts.stream().anyMatch(text -> text.slug().equals("vrijheid") && text.title().equals("Vrijheid")), texts.toString());
        assertTrue(texts.stream().allMatch(text -> text.module().equals("values")));
    }

    private List<Row> rows(String token, String query) {
        Api.Response response = api.get("/api/v1/editing/dashboard" + query, "Authorization", token);
        assertEquals(200, response.status(), response.body());
        return response.asListOf(Row.class);
    }

    private static Row find(List<Row> rows, String lang) {
        return rows.stream().filter(row -> row.lang().equals(lang)).findFirst().orElseThrow();
    }

    /** A local page with texts written as {@code lang:sourceVersion:reviewStatus}. */
    private void page(String slug, int version, String... texts) {
        sql.update("INSERT INTO local_page (municipality_code, slug, position, version) VALUES (?, ?, 1, ?)", code, slug, version);
        for (String text : texts) {
            String[] parts = text.split(":");
            sql.update("""
                    INSERT INTO local_page_text (municipality_code, slug, lang, title, summary, body_html, word_count,
                                                 source_version, review_status)
                    VALUES (?, ?, ?, 'Titel', '', '<p>Tekst</p>', 1, ?, ?)
                    """, code, slug, parts[0], Integer.parseInt(parts[1]), parts[2]);
        }
    }
}
