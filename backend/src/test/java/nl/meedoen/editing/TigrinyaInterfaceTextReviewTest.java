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
import nl.meedoen.web.PublishedResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.meedoen.editing.UiTextTestData.item;
import static nl.meedoen.editing.UiTextTestData.publish;
import static nl.meedoen.editing.UiTextTestData.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Tigrinya interface text published by one editor is reviewed by a second who reads Tigrinya; an
 * editor who does not read it is refused, and the editor screen is told why instead of offering it.
 */
@MicronautTest(transactional = false)
class TigrinyaInterfaceTextReviewTest {

    @Serdeable
    record Languages(List<String> languages) {
    }

    @Serdeable
    record Profile(UUID id) {
    }

    private final Api api;
    private final UiTextTestData data;
    private final TestStaff staff;
    private final Sql sql;

    TigrinyaInterfaceTextReviewTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff, PublishedResponses responses) {
        this.api = new Api(server, json);
        this.data = new UiTextTestData(sql, responses);
        this.staff = staff;
        this.sql = sql;
    }

    @AfterEach
    void removeKeys() {
        data.removeAll();
    }

    @Test
    void onlyAnotherEditorWhoReadsTigrinyaReviewsIt() {
        // given a Tigrinya text an editor published, and two colleagues of whom one reads Tigrinya
        String key = data.key("Je afspraak is op {date}", "ti", "ቆጸራኻ ኣብ {date} እዩ");
        String translator = TestStaff.signIn(api, staff.person("vertaler", Role.EDITOR, null));
        String reader = TestStaff.signIn(api, staff.person("lezer", Role.EDITOR, null));
        String other = TestStaff.signIn(api, staff.person("anderstalig", Role.EDITOR, null));
        EditingTestData.reads(api, translator, "ti");
        EditingTestData.reads(api, reader, "ti", "en");
        EditingTestData.reads(api, other, "ar", "fa");
        publish(api, translator, key, "ti", "ቆጸራኻ ብ{date} እዩ", false);

        // then the translator may not review their own text, and the one who does not read Tigrinya may not either
        UiTextTestData.Item own = item(api, translator, key, "ti");
        assertFalse(own.canReview());
        assertEquals("own-text", own.reviewBlock());
        UiTextTestData.Item notRead = item(api, other, key, "ti");
        assertFalse(notRead.canReview());
        assertEquals("language", notRead.reviewBlock());
        Api.Response refused = review(api, other, key, "ti");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.as(Problem.class).detail().contains("reads this language"), refused.body());
        assertEquals(409, review(api, translator, key, "ti").status());

        // when the colleague who reads Tigrinya reviews it
        UiTextTestData.Item readable = item(api, reader, key, "ti");
        assertTrue(readable.canReview());
        Api.Response reviewed = review(api, reader, key, "ti");

        // then it is reviewed, with who did it kept in its versions and in the audit log
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals("reviewed", reviewed.as(UiTextTestData.Item.class).status());
        assertEquals("reviewed", item(api, other, key, "ti").reviewBlock());
        assertEquals(1, sql.one("SELECT count(*) FROM audit_event WHERE action = 'content.reviewed' AND subject = ?",
                rows -> rows.getInt(1), "interface/" + key + "/ti").orElseThrow());
    }

    @Test
    void anUnknownLanguageIsRefusedAndDutchIsNotAmongTheLanguagesRead() {
        String editor = TestStaff.signIn(api, staff.person("redacteur", Role.EDITOR, null));

        Api.Response unknown = api.send("PUT", "/api/v1/staff/me/languages", Map.of("languages", List.of("xx")), "Authorization", editor);
        Api.Response saved = api.send("PUT", "/api/v1/staff/me/languages", Map.of("languages", List.of("ti", "nl", "ar")),
                "Authorization", editor);

        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(List.of("ar", "ti"), saved.as(Languages.class).languages());
        assertEquals(List.of("ar", "ti"), api.get("/api/v1/staff/me/languages", "Authorization", editor).as(Languages.class).languages());
    }

    @Test
    void theAdminSetsTheLanguagesAnEditorReadsAndItIsAudited() {
        String editorEmail = staff.person("redacteur", Role.EDITOR, null);
        String editor = TestStaff.signIn(api, editorEmail);
        String admin = TestStaff.signIn(api, staff.person("beheerder", Role.ADMIN, null));
        UUID id = api.get("/api/v1/staff/me", "Authorization", editor).as(Profile.class).id();

        Api.Response byEditor = api.send("PUT", "/api/v1/staff/" + id + "/languages", Map.of("languages", List.of("ti")), "Authorization", editor);
        Api.Response byAdmin = api.send("PUT", "/api/v1/staff/" + id + "/languages", Map.of("languages", List.of("ti")), "Authorization", admin);

        assertEquals(403, byEditor.status(), byEditor.body());
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(List.of("ti"), api.get("/api/v1/staff/me/languages", "Authorization", editor).as(Languages.class).languages());
        assertEquals(1, sql.one("SELECT count(*) FROM audit_event WHERE action = 'staff.languages-changed' AND subject LIKE ?",
                rows -> rows.getInt(1), id + "%").orElseThrow());
    }
}
