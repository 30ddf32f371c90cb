package nl.meedoen.signing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coordinator keeps the municipality's local agreements; each change is a new version, audited. */
@MicronautTest(transactional = false)
class LocalAgreementsTest {

    @Serdeable
    record Agreements(@Nullable Integer version, String dutch, Map<String, String> translations) {
    }

    @Serdeable
    record Saved(int version, String dutch, Map<String, String> translations, Map<String, String> reviewStatus, Instant savedAt,
                 String savedBy) {
    }

    @Serdeable
    record Event(String action, String subject) {
    }

    @Serdeable
    record Field(String name, String reason) {
    }

    @Serdeable
    record Invalid(int status, String title, List<Field> invalidParams) {
    }

    private final Api api;
    private final Sql sql;
    private final SigningTestData data;

    LocalAgreementsTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @Test
    void eachChangeIsANewVersionAndTheOldOneStays() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        String path = "/api/v1/municipalities/" + municipality + "/local-agreements";

        assertEquals(null, api.get(path, "Authorization", coordinator.token()).as(Agreements.class).version(), "none yet");
        Api.Response first = api.send("PUT", path, Map.of("dutch", "Je krijgt een taalmaatje.", "translations",
                Map.of("ar", "ستحصل على رفيق لغوي.")), "Authorization", coordinator.token());
        Api.Response second = api.send("PUT", path, Map.of("dutch", "Je krijgt een taalmaatje en een buddy.", "translations",
                Map.of()), "Authorization", coordinator.token());

        assertEquals(200, first.status(), first.body());
        assertEquals(1, first.as(Agreements.class).version());
        assertEquals(new Agreements(2, "Je krijgt een taalmaatje en een buddy.", Map.of()),
                api.get(path, "Authorization", coordinator.token()).as(Agreements.class));
        assertEquals("unreviewed", sql.one("SELECT review_status FROM local_agreements WHERE municipality_code = ? AND version = 1 AND lang = 'ar'",
                row -> row.getString(1), municipality).orElseThrow());
        List<Event> events = api.get("/api/v1/municipalities/" + municipality + "/audit-events", "Authorization", coordinator.token())
                .asListOf(Event.class);
        assertEquals(2, events.stream().filter(event -> event.action().equals("local-agreements.changed")).count());
        assertThrows(RuntimeException.class, () -> sql.update("UPDATE local_agreements SET body_markdown = 'x' WHERE municipality_code = ?", municipality));
    }

    @Test
    void aTranslationIntoALanguageThatIsNotSupportedIsRefusedPlainly() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");

        Api.Response response = api.send("PUT", "/api/v1/municipalities/" + municipality + "/local-agreements",
                Map.of("dutch", "Tekst.", "translations", Map.of("xx", "text")), "Authorization", coordinator.token());

        assertEquals(400, response.status(), response.body());
        assertEquals(List.of("translations.xx"), response.as(Invalid.class).invalidParams().stream().map(Field::name).toList(),
                "the form shows the reason beside the field of that language");
    }

    @Test
    void everyVersionIsListedNewestFirstWithWhoSavedItAndEachTranslationUnreviewed() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Corrie");
        String path = "/api/v1/municipalities/" + municipality + "/local-agreements";
        Instant before = Instant.now().minusSeconds(5);

        api.send("PUT", path, Map.of("dutch", "Eerste tekst.", "translations", Map.of()), "Authorization", coordinator.token());
        api.send("PUT", path, Map.of("dutch", "Tweede tekst.", "translations", Map.of("ar", "النص الثاني.", "ti", "ካልኣይ ጽሑፍ።")),
                "Authorization", coordinator.token());
        List<Saved> versions = api.get(path + "/versions", "Authorization", coordinator.token()).asListOf(Saved.class);
        Saved current = api.get(path, "Authorization", coordinator.token()).as(Saved.class);

        assertEquals(List.of(2, 1), versions.stream().map(Saved::version).toList());
        assertEquals(versions.getFirst(), current);
        assertEquals(Map.of("ar", "unreviewed", "ti", "unreviewed"), current.reviewStatus());
        assertEquals("Coördinator Corrie", current.savedBy());
        assertTrue(current.savedAt().isAfter(before), current.savedAt().toString());
        assertEquals("Eerste tekst.", versions.getLast().dutch());
    }

    @Test
    void savingTheSameTextsAgainSavesNothingAndSaysSo() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        String path = "/api/v1/municipalities/" + municipality + "/local-agreements";
        Map<String, Object> texts = Map.of("dutch", "Je krijgt een taalmaatje.", "translations", Map.of("ar", "ستحصل على رفيق لغوي."));

        api.send("PUT", path, texts, "Authorization", coordinator.token());
        Api.Response again = api.send("PUT", path, Map.of("dutch", " Je krijgt een taalmaatje. ", "translations",
                Map.of("ar", "ستحصل على رفيق لغوي.")), "Authorization", coordinator.token());

        assertEquals(409, again.status(), again.body());
        assertEquals("Nothing changed", again.as(Problem.class).title());
        assertEquals(1, api.get(path + "/versions", "Authorization", coordinator.token()).asListOf(Saved.class).size());
    }

    @Test
    void anEmptyTranslationAndAnEmptyDutchTextAreRefusedByField() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        String path = "/api/v1/municipalities/" + municipality + "/local-agreements";

        Api.Response emptyTranslation = api.send("PUT", path, Map.of("dutch", "Tekst.", "translations", Map.of("ar", "  ")),
                "Authorization", coordinator.token());
        Api.Response emptyDutch = api.send("PUT", path, Map.of("dutch", "", "translations", Map.of()), "Authorization", coordinator.token());

        assertEquals(400, emptyTranslation.status(), emptyTranslation.body());
        assertEquals(List.of("translations.ar"), emptyTranslation.as(Invalid.class).invalidParams().stream().map(Field::name).toList());
        assertEquals(400, emptyDutch.status(), emptyDutch.body());
        assertEquals(List.of("dutch"), emptyDutch.as(Invalid.class).invalidParams().stream().map(Field::name).toList());
    }
}
