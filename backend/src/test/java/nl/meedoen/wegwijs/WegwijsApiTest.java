package nl.meedoen.wegwijs;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wegwijs of the demo municipality Voorbeeldstad: national topics with local places, in the reader's language. */
@MicronautTest(transactional = false)
class WegwijsApiTest {

    @Serdeable
    record Wegwijs(@Nullable Welcome welcome, List<Topic> topics) {
    }

    @Serdeable
    record Welcome(String html, String lang, boolean fallback) {
    }

    @Serdeable
    record Topic(String slug, String kind, String textLang, int localPlaces) {
    }

    @Serdeable
    record TopicPage(String kind, Page page, List<Place> places) {

        Place place(String name) {
            return places.stream().filter(place -> place.name().equals(name)).findFirst().orElseThrow();
        }
    }

    @Serdeable
    record Page(String lang) {
    }

    @Serdeable
    record Place(String name, @Nullable String address, @Nullable String mapUrl, @Nullable Phone phone,
                 @Nullable Note note, List<Day> openingHours) {

        Day day(int weekday) {
            return openingHours.stream().filter(day -> day.weekday() == weekday).findFirst().orElseThrow();
        }
    }

    @Serdeable
    record Phone(String href, String spoken) {
    }

    @Serdeable
    record Note(String text, String lang, String dir, boolean fallback) {
    }

    @Serdeable
    record Day(int weekday, String name, List<String> hours, List<Slot> slots) {
    }

    @Serdeable
    record Slot(String opens, String closes) {
    }

    @Serdeable
    record Problem(String title) {
    }

    private final Api api;
    private final Sql database;

    WegwijsApiTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.api = new Api(server, json);
        this.database = database;
    }

    @Test
    void mergesTheMunicipalitysOwnPagesWithTheNationalTopics() {
        Wegwijs wegwijs = api.get("/api/v1/municipalities/GM9999/wegwijs?lang=pl").as(Wegwijs.class);

        List<Topic> topics = wegwijs.topics();
        assertEquals("spreekuur-nieuwkomers", topics.getFirst().slug());
        assertEquals("local", topics.getFirst().kind());
        assertEquals(14, topics.size(), "one local page and thirteen national topics");
        Topic care = topics.stream().filter(t -> t.slug().equals("zorg-en-huisarts")).findFirst().orElseThrow();
        assertEquals("national", care.kind());
        assertEquals("pl", care.textLang());
        assertEquals(2, care.localPlaces());
        assertNotNull(wegwijs.welcome());
        assertEquals("pl", wegwijs.welcome().lang());
        assertTrue(wegwijs.welcome().html().contains("Witamy"));
    }

    @Test
    void aTopicShowsTheLocalPlacesWithTheirNoteInTheReadersLanguage() {
        Api.Response response = api.get("/api/v1/municipalities/GM9999/wegwijs/zorg-en-huisarts?lang=ar");

        assertEquals(200, response.status());
        TopicPage topic = response.as(TopicPage.class);
        assertEquals("ar", topic.page().lang());
        Place gp = topic.place("Huisartsenpraktijk De Linde");
        assertNotNull(gp.note());
        assertEquals("ar", gp.note().lang());
        assertEquals("rtl", gp.note().dir());
        assertEquals("Lindelaan 12, 9999 ZY Voorbeeldstad", gp.address());
        assertNotNull(gp.mapUrl());
        assertTrue(gp.mapUrl().startsWith("https://www.openstreetmap.org/search?query=Lindelaan"));
        assertNotNull(gp.phone());
        assertEquals("tel:+31300987654", gp.phone().href());
        assertEquals("0 3 0, 0 9 8, 7 6, 5 4", gp.phone().spoken(), "a screen reader reads digit groups, not one huge number");
    }

    @Test
    void aLocalNoteMissingInTheReadersLanguageFallsBackToDutchAndSaysSo() {
        TopicPage topic = api.get("/api/v1/municipalities/GM9999/wegwijs/zorg-en-huisarts?lang=ti").as(TopicPage.class);

        Note note = topic.place("Huisartsenpraktijk De Linde").note();
        assertNotNull(note);
        assertEquals("nl", note.lang());
        assertTrue(note.fallback());
    }

    @Test
    void localTextsFallBackInTheOrderOfTheReadersChainNotOfTheLanguagesNames() {
        // given a municipality whose welcome and note are in Dutch and in Dari, Dutch written first
        String code = "GM9801";
        database.update("""
                INSERT INTO municipality (code, slug, name, search_key) VALUES (?, 'talenstad', 'Talenstad', 'talenstad')
                ON CONFLICT DO NOTHING
                """, code);
        database.update("""
                INSERT INTO municipality_welcome (municipality_code, lang, body_html, review_status)
                VALUES (?, 'nl', '<p>Welkom</p>', 'source'), (?, 'prs', '<p>خوش آمدید</p>', 'unreviewed')
                ON CONFLICT DO NOTHING
                """, code, code);
        long place = database.one("""
                INSERT INTO place (municipality_code, topic, name) VALUES (?, 'zorg-en-huisarts', 'Huisarts Talenstad')
                ON CONFLICT (municipality_code, topic, name) DO UPDATE SET position = place.position
                RETURNING id
                """, row -> row.getLong(1), code).orElseThrow();
        database.update("""
                INSERT INTO place_note (place_id, lang, note, review_status)
                VALUES (?, 'nl', 'Bel eerst.', 'source'), (?, 'prs', 'اول زنگ بزنید.', 'unreviewed')
                ON CONFLICT DO NOTHING
                """, place, place);

        // when a Persian reader, whose chain is Persian, Dari, Dutch, reads the municipality's wegwijs
        Welcome welcome = api.get("/api/v1/municipalities/" + code + "/wegwijs?lang=fa").as(Wegwijs.class).welcome();
        Note note = api.get("/api/v1/municipalities/" + code + "/wegwijs/zorg-en-huisarts?lang=fa").as(TopicPage.class)
                .place("Huisarts Talenstad").note();

        // then both are in Dari, the closer language, and say that they are a fallback
        assertNotNull(welcome);
        assertEquals("prs", welcome.lang());
        assertTrue(welcome.fallback());
        assertNotNull(note);
        assertEquals("prs", note.lang());
        assertTrue(note.fallback());
    }

    @ParameterizedTest(name = "{0}: week starts on {1}, Monday is {2}")
    @CsvSource(delimiter = '|', value = {
            "nl|maandag|09:00–17:00",
            "ar|السبت|09:00–17:00",
            "fa|شنبه|۹:۰۰ تا ۱۷:۰۰",
    })
    void openingHoursFollowTheReadersLocale(String lang, String firstDay, String monday) {
        TopicPage topic = api.get("/api/v1/municipalities/GM9999/wegwijs/inschrijven-en-bsn?lang=" + lang).as(TopicPage.class);

        Place townHall = topic.places().getFirst();
        assertEquals(7, townHall.openingHours().size());
        assertEquals(firstDay, townHall.openingHours().getFirst().name());
        assertEquals(List.of(monday), townHall.day(1).hours());
        assertEquals(List.of(new Slot("09:00", "17:00")), townHall.day(1).slots());
        assertEquals(List.of(), townHall.day(7).hours(), "closed on Sunday");
    }

    @Test
    void aLocalPageReadsLikeANationalOne() {
        Api.Response response = api.get("/api/v1/municipalities/GM9999/wegwijs/spreekuur-nieuwkomers?lang=en");

        assertEquals(200, response.status());
        assertEquals("local", response.as(TopicPage.class).kind());
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
        assertEquals(title, response.as(Problem.class).title());
    }
}
