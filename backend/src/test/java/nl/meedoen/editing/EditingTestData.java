package nl.meedoen.editing;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pages a test makes for itself in the values module and removes again, so that no test changes the
 * shipped pages another test reads. The rows count as edited, so that a start-up import of a second
 * instance leaves them alone.
 */
final class EditingTestData {

    static final String DUTCH = """
            Eerste alinea.

            ## Kopje

            - een
            - twee

            Laatste alinea.
            """;

    static final String TIGRINYA = """
            ቀዳማይ ክፍሊ።

            ## ኣርእስቲ

            - ሓደ
            - ክልተ

            ናይ መወዳእታ ክፍሊ።
            """;

    @Serdeable
    record Text(String title, String summary, String body, int sourceVersion, String reviewStatus) {
    }

    @Serdeable
    record Draft(String title, String summary, String body, boolean mine) {
    }

    @Serdeable
    record Line(String change, String text) {
    }

    @Serdeable
    record Item(String module, String slug, String lang, String dir, String status, int currentSourceVersion, Text source,
                @Nullable Text text, @Nullable Draft draft, @Nullable List<Line> sourceChanges, boolean canReview,
                @Nullable String reviewBlock) {
    }

    private final Sql sql;
    private final List<String> slugs = new ArrayList<>();

    EditingTestData(Sql sql) {
        this.sql = sql;
    }

    /** A values page at Dutch version {@code version} with a Dutch text and the given translations, each made from that version. */
    String page(int version, String... langs) {
        String slug = "toets-" + UUID.randomUUID().toString().substring(0, 8);
        slugs.add(slug);
        sql.update("INSERT INTO content_page (module, slug, position, version) VALUES ('values', ?, 900, ?)", slug, version);
        text(slug, "nl", "Toetspagina", DUTCH, version, "source");
        for (String lang : langs) {
            text(slug, lang, "ገጽ ፈተና " + lang, TIGRINYA, version, "unreviewed");
        }
        return slug;
    }

    void text(String slug, String lang, String title, String body, int sourceVersion, String reviewStatus) {
        sql.update("""
                INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                          source_version, review_status, file_hash, edited)
                VALUES ('values', ?, ?, ?, '', ?, '<p>' || ? || '</p>', 3, ?, ?, '', true)
                """, slug, lang, title, body, title, sourceVersion, reviewStatus);
    }

    void removeAll() {
        for (String slug : slugs) {
            sql.update("DELETE FROM content_page WHERE module = 'values' AND slug = ?", slug);
        }
    }

    static String path(String slug, String lang) {
        return "/api/v1/editing/values/" + slug + "/" + lang;
    }

    static Item item(Api api, String token, String slug, String lang) {
        Api.Response response = api.get(path(slug, lang), "Authorization", token);
        assertEquals(200, response.status(), response.body());
        return response.as(Item.class);
    }

    /** Says on the person's own behalf which languages they read, as an editor does on their staff screen. */
    static void reads(Api api, String token, String... langs) {
        Api.Response response = api.send("PUT", "/api/v1/staff/me/languages", Map.of("languages", List.of(langs)),
                "Authorization", token);
        assertEquals(200, response.status(), response.body());
    }

    static Item publish(Api api, String token, String slug, String lang, String title, String body, boolean minorEdit) {
        Api.Response response = api.send("POST", path(slug, lang) + "/publication",
                Map.of("title", title, "summary", "", "body", body, "minorEdit", minorEdit), "Authorization", token);
        assertEquals(200, response.status(), response.body());
        return response.as(Item.class);
    }
}
