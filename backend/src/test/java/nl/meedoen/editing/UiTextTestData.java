package nl.meedoen.editing;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.web.PublishedResponses;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Interface texts a test makes for itself and removes again, so that no test changes the shipped texts
 * another test reads. The rows count as edited, so that a start-up import of a second instance leaves
 * them alone.
 */
final class UiTextTestData {

    @Serdeable
    record Text(String pattern, int sourceVersion, String reviewStatus) {
    }

    @Serdeable
    record Draft(String pattern, boolean mine) {
    }

    @Serdeable
    record Line(String change, String text) {
    }

    @Serdeable
    record Item(String key, String lang, String dir, String status, int currentSourceVersion, Text source, @Nullable Text text,
                @Nullable Draft draft, @Nullable List<Line> sourceChanges, boolean canReview, @Nullable String reviewBlock) {
    }

    @Serdeable
    record Listed(String key, String dutch, String lang, String status) {
    }

    private final Sql sql;
    private final PublishedResponses responses;
    private final List<String> keys = new ArrayList<>();

    UiTextTestData(Sql sql, PublishedResponses responses) {
        this.sql = sql;
        this.responses = responses;
    }

    /**
     * A key at version 1 with a Dutch pattern and the given translations ({@code lang, pattern} pairs), each
     * made from version 1 and unreviewed.
     */
    String key(String dutch, String... translations) {
        String key = "toets." + UUID.randomUUID().toString().substring(0, 8);
        keys.add(key);
        sql.update("INSERT INTO ui_message (key, version, shipped_version) VALUES (?, 1, 1)", key);
        text(key, "nl", dutch, "source");
        for (int i = 0; i < translations.length; i += 2) {
            text(key, translations[i], translations[i + 1], "unreviewed");
        }
        // This instance reads the new texts at once, as it would after an editor published them here.
        responses.refresh();
        return key;
    }

    void text(String key, String lang, String pattern, String reviewStatus) {
        sql.update("""
                INSERT INTO ui_text (key, lang, pattern, source_version, review_status, file_hash, edited)
                VALUES (?, ?, ?, 1, ?, '', true)
                """, key, lang, pattern, reviewStatus);
    }

    void removeAll() {
        for (String key : keys) {
            sql.update("DELETE FROM ui_message WHERE key = ?", key);
        }
    }

    static String path(String key, String lang) {
        return "/api/v1/interface-texts/" + lang + "/" + key;
    }

    static Item item(Api api, String token, String key, String lang) {
        Api.Response response = api.get(path(key, lang), "Authorization", token);
        assertEquals(200, response.status(), response.body());
        return response.as(Item.class);
    }

    static Api.Response tryPublish(Api api, String token, String key, String lang, String pattern, boolean minorEdit) {
        return api.send("POST", path(key, lang) + "/publication", Map.of("pattern", pattern, "minorEdit", minorEdit),
                "Authorization", token);
    }

    static Item publish(Api api, String token, String key, String lang, String pattern, boolean minorEdit) {
        Api.Response response = tryPublish(api, token, key, lang, pattern, minorEdit);
        assertEquals(200, response.status(), response.body());
        return response.as(Item.class);
    }

    static Api.Response review(Api api, String token, String key, String lang) {
        return api.send("POST", path(key, lang) + "/review", null, "Authorization", token);
    }
}
