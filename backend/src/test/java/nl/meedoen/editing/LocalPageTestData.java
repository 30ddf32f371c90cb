package nl.meedoen.editing;

import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static nl.meedoen.editing.EditingTestData.DUTCH;
import static nl.meedoen.editing.EditingTestData.TIGRINYA;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A municipality a test makes for itself, with one local page in Dutch and Tigrinya at Dutch version 1,
 * and removes again with everything in it.
 */
final class LocalPageTestData {

    static final String SLUG = "inburgeringsloket";

    private final Sql sql;
    final String code;

    LocalPageTestData(Sql sql) {
        this.sql = sql;
        String chosen;
        do {
            chosen = "GM6" + ThreadLocalRandom.current().nextInt(100, 1000);
        } while (sql.update("""
                INSERT INTO municipality (code, slug, name, search_key) VALUES (?, ?, ?, 'tekststad') ON CONFLICT DO NOTHING
                """, chosen, "tekststad-" + chosen.toLowerCase(), "Tekststad " + chosen) == 0);
        this.code = chosen;
        sql.update("INSERT INTO local_page (municipality_code, slug, position, version) VALUES (?, ?, 1, 1)", code, SLUG);
        text("nl", "Het loket", DUTCH, "source");
        text("ti", "ቤት ጽሕፈት", TIGRINYA, "unreviewed");
    }

    private void text(String lang, String title, String body, String reviewStatus) {
        sql.update("""
                INSERT INTO local_page_text (municipality_code, slug, lang, title, summary, body_markdown, body_html,
                                             word_count, source_version, review_status)
                VALUES (?, ?, ?, ?, '', ?, '<p>' || ? || '</p>', 3, 1, ?)
                """, code, SLUG, lang, title, body, title, reviewStatus);
    }

    void remove() {
        sql.update("DELETE FROM municipality WHERE code = ?", code);
    }

    String module() {
        return "local:" + code;
    }

    String path(String lang) {
        return "/api/v1/editing/" + module() + "/" + SLUG + "/" + lang;
    }

    EditingTestData.Item item(Api api, String token, String lang) {
        Api.Response response = api.get(path(lang), "Authorization", token);
        assertEquals(200, response.status(), response.body());
        return response.as(EditingTestData.Item.class);
    }

    Api.Response publish(Api api, String token, String lang, String title, String body, boolean minorEdit) {
        return api.send("POST", path(lang) + "/publication",
                Map.of("title", title, "summary", "", "body", body, "minorEdit", minorEdit), "Authorization", token);
    }

    EditingTestData.Item published(Api api, String token, String lang, String title, String body, boolean minorEdit) {
        Api.Response response = publish(api, token, lang, title, body, minorEdit);
        assertEquals(200, response.status(), response.body());
        return response.as(EditingTestData.Item.class);
    }
}
