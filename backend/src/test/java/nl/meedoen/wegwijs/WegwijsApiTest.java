package nl.meedoen.wegwijs;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wegwijs of the demo municipality Voorbeeldstad: national topics with local places, in the reader's language. */
@MicronautTest(transactional = false)
class WegwijsApiTest {

    private final Api api;

    WegwijsApiTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mergesTheMunicipalitysOwnPagesWithTheNationalTopics() {
        Map<String, Object> wegwijs = api.get("/api/v1/municipalities/GM9999/wegwijs?lang=pl").object();

        List<Map<String, Object>> topics = (List<Map<String, Object>>) wegwijs.get("topics");
        assertEquals("spreekuur-nieuwkomers", topics.getFirst().get("slug"));
        assertEquals("local", topics.getFirst().get("kind"));
        assertEquals(14, topics.size(), "one local page and thirteen national topics");
        Map<String, Object> care = topics.stream().filter(t -> t.get("slug").equals("zorg-en-huisarts")).findFirst().orElseThrow();
        assertEquals("national", care.get("kind"));
        assertEquals("pl", care.get("textLang"));
        assertEquals(2, care.get("localPlaces"));
        Map<String, Object> welcome = (Map<String, Object>) wegwijs.get("welcome");
        assertEquals("pl", welcome.get("lang"));
        assertTrue(((String) welcome.get("html")).contains("Witamy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTopicShowsTheLocalPlacesWithTheirNoteInTheReadersLanguage() {
        Api.Response response = api.get("/api/v1/municipalities/GM9999/wegwijs/zorg-en-huisarts?lang=ar");

        assertEquals(200, response.status());
        Map<String, Object> topic = response.object();
        Map<String, Object> page = (Map<String, Object>) topic.get("page");
        assertEquals("ar", page.get("lang"));
        List<Map<String, Object>> places = (List<Map<String, Object>>) topic.get("places");
        Map<String, Object> gp = places.stream().filter(p -> p.get("name").equals("Huisartsenpraktijk De Linde")).findFirst().orElseThrow();
        Map<String, Object> note = (Map<String, Object>) gp.get("note");
        assertEquals("ar", note.get("lang"));
        assertEquals("rtl", note.get("dir"));
        assertEquals("Lindelaan 12, 9999 ZY Voorbeeldstad", gp.get("address"));
        assertTrue(((String) gp.get("mapUrl")).startsWith("https://www.openstreetmap.org/search?query=Lindelaan"));
        Map<String, Object> phone = (Map<String, Object>) gp.get("phone");
        assertEquals("tel:+31300987654", phone.get("href"));
        assertEquals("0 3 0, 0 9 8, 7 6, 5 4", phone.get("spoken"), "a screen reader reads digit groups, not one huge number");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLocalNoteMissingInTheReadersLanguageFallsBackToDutchAndSaysSo() {
        Map<String, Object> topic = api.get("/api/v1/municipalities/GM9999/wegwijs/zorg-en-huisarts?lang=ti").object();

        Map<String, Object> gp = ((List<Map<String, Object>>) topic.get("places")).stream()
                .filter(p -> p.get("name").equals("Huisartsenpraktijk De Linde")).findFirst().orElseThrow();
        Map<String, Object> note = (Map<String, Object>) gp.get("note");
        assertEquals("nl", note.get("lang"));
        assertEquals(true, note.get("fallback"));
    }

    @ParameterizedTest(name = "{0}: week starts on {1}, Monday is {2}")
    @CsvSource(delimiter = '|', value = {
            "nl|maandag|09:00–17:00",
            "ar|السبت|09:00–17:00",
            "fa|شنبه|۹:۰۰ تا ۱۷:۰۰",
    })
    @SuppressWarnings("unchecked")
    void openingHoursFollowTheReadersLocale(String lang, String firstDay, String monday) {
        Map<String, Object> topic = api.get("/api/v1/municipalities/GM9999/wegwijs/inschrijven-en-bsn?lang=" + lang).object();

        Map<String, Object> townHall = ((List<Map<String, Object>>) topic.get("places")).getFirst();
        List<Map<String, Object>> week = (List<Map<String, Object>>) townHall.get("openingHours");
        assertEquals(7, week.size());
        assertEquals(firstDay, week.getFirst().get("name"));
        Map<String, Object> mondayHours = week.stream().filter(d -> d.get("weekday").equals(1)).findFirst().orElseThrow();
        assertEquals(List.of(monday), mondayHours.get("hours"));
        assertEquals(List.of(Map.of("opens", "09:00", "closes", "17:00")), mondayHours.get("slots"));
        Map<String, Object> sunday = week.stream().filter(d -> d.get("weekday").equals(7)).findFirst().orElseThrow();
        assertEquals(List.of(), sunday.get("hours"), "closed on Sunday");
    }

    @Test
    void aLocalPageReadsLikeANationalOne() {
        Api.Response response = api.get("/api/v1/municipalities/GM9999/wegwijs/spreekuur-nieuwkomers?lang=en");

        assertEquals(200, response.status());
        assertEquals("local", response.object().get("kind"));
        assertNotNull(response.header("ETag"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/municipalities/GM0001/wegwijs|404|Municipality not found",
            "/api/v1/municipalities/GM12/wegwijs|400|Invalid municipality code",
            "/api/v1/municipalities/..%2Fetc/wegwijs|400|Invalid municipality code",
            "/api/v1/municipalities/GM9999/wegwijs/geen-onderwerp|404|Page not found",
            "/api/v1/municipalities/GM9999/wegwijs?lang=xx|400|Unsupported language",
    })
    void badRequestsGetAClearProblem(String path, int status, String title) {
        Api.Response response = api.get(path);

        assertEquals(status, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals(title, response.object().get("title"));
    }
}
