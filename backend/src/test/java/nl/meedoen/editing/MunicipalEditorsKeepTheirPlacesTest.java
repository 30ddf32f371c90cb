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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipality's editors keep its places — address, phone, e-mail, website and opening hours past
 * midnight, round the clock and on single dates — and newcomers see them in wegwijs; wrong details are
 * refused with every reason, and nobody keeps another municipality's places.
 */
@MicronautTest(transactional = false)
class MunicipalEditorsKeepTheirPlacesTest {

    private static final String TOPIC = "zorg-en-huisarts";

    @Serdeable
    record Hours(@Nullable Integer weekday, String opens, String closes) {
    }

    @Serdeable
    record SpecialDay(@Nullable String date, List<Hours> hours) {
    }

    @Serdeable
    record Place(String topic, String name, @Nullable String street, @Nullable String postcode, @Nullable String city,
                 @Nullable String phone, @Nullable String email, @Nullable String website, List<Hours> weekly,
                 List<SpecialDay> specialDays) {
    }

    @Serdeable
    record Kept(long id, Place place) {
    }

    @Serdeable
    record NewcomerPlace(String name, @Nullable String address) {
    }

    @Serdeable
    record TopicPage(List<NewcomerPlace> places) {
    }

    private final Api api;
    private final Sql sql;
    private final TestStaff staff;
    private String code;
    private String editor;

    MunicipalEditorsKeepTheirPlacesTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.staff = staff;
    }

    @BeforeEach
    void municipalityWithAnEditor() {
        // A municipality of its own, with no places yet: a code that no earlier test took.
        do {
            code = "GM5" + ThreadLocalRandom.current().nextInt(100, 1000);
        } while (sql.update("""
                INSERT INTO municipality (code, slug, name, search_key) VALUES (?, ?, ?, 'plekstad') ON CONFLICT DO NOTHING
                """, code, "plekstad-" + code.toLowerCase(), "Plekstad " + code) == 0);
        editor = TestStaff.signIn(api, staff.person("lokaal", Role.EDITOR, code));
    }

    @AfterEach
    void removeMunicipality() {
        sql.update("DELETE FROM municipality WHERE code = ?", code);
    }

    private static Place clinic() {
        return new Place(TOPIC, "Huisartsenpost Plekstad", "Ziekenhuisweg 1", "7511 JP", "Plekstad", "053 481 12 34",
                "post@huisartsen.example.nl", "https://huisartsen.example.nl",
                List.of(new Hours(1, "08:00", "17:00"), new Hours(5, "17:00", "08:00"), new Hours(7, "00:00", "00:00")),
                List.of(new SpecialDay("2026-12-31", List.of(new Hours(null, "08:00", "12:00"))),
                        new SpecialDay("2027-01-02", List.of()), new SpecialDay(null, List.of())));
    }

    @Test
    void anEditorAddsAPlaceWithHoursPastMidnightRoundTheClockAndOnDatesAndNewcomersSeeIt() {
        Api.Response added = api.send("POST", places(), clinic(), "Authorization", editor);

        assertEquals(201, added.status(), added.body());
        Kept kept = added.as(Kept.class);
        assertEquals(clinic().weekly(), kept.place().weekly());
        assertEquals(3, kept.place().specialDays().size());
        TopicPage page = api.get("/api/v1/municipalities/" + code + "/wegwijs/" + TOPIC + "?lang=nl").as(TopicPage.class);
        assertEquals(List.of("Huisartsenpost Plekstad"), page.places().stream().map(NewcomerPlace::name).toList());
    }

    @Test
    void hoursPastMidnightRunIntoTheNextDay() {
        Place overlapping = new Place(TOPIC, "Nachtdienst", null, null, null, null, null, null,
                List.of(new Hours(5, "17:00", "08:00"), new Hours(6, "00:00", "00:00")), List.of());

        Api.Response refused = api.send("POST", places(), overlapping, "Authorization", editor);

        assertEquals(400, refused.status());
        assertTrue(refused.as(Problem.class).detail().contains("past midnight"));
    }

    @Test
    void anEditorChangesAPlace() {
        long id = api.send("POST", places(), clinic(), "Authorization", editor).as(Kept.class).id();
        Place moved = new Place(TOPIC, "Huisartsenpost Plekstad", "Stationsplein 2", "7511 HA", "Plekstad", "053 000 00 00",
                null, null, List.of(new Hours(2, "09:00", "12:00")), List.of());

        Api.Response changed = api.send("PUT", places() + "/" + id, moved, "Authorization", editor);

        assertEquals(200, changed.status(), changed.body());
        List<Kept> all = api.get(places(), "Authorization", editor).asListOf(Kept.class);
        assertEquals(List.of(new Kept(id, moved)), all);
    }

    @Test
    void wrongDetailsAreRefusedWithEveryReason() {
        Place wrong = new Place("bestaat-niet", "Plek", null, "1234 abc", null, "bel ons", "geen-adres", "http://plek.example.nl",
                List.of(new Hours(1, "09:00", "17:00"), new Hours(1, "16:00", "18:00"), new Hours(7, "22:00", "02:00"),
                        new Hours(1, "01:00", "03:00")),
                List.of(new SpecialDay("2026-12-31", List.of()), new SpecialDay("2026-12-31", List.of())));

        Api.Response refused = api.send("POST", places(), wrong, "Authorization", editor);

        assertEquals(400, refused.status(), refused.body());
        String detail = refused.as(Problem.class).detail();
        for (String reason : List.of("no wegwijs topic", "postcode", "phone number", "e-mail address", "https://",
                "Two weekly openings overlap", "given twice")) {
            assertTrue(detail.contains(reason), reason + " in " + detail);
        }
        assertEquals(List.of(), api.get(places(), "Authorization", editor).asListOf(Kept.class));
    }

    @Test
    void sundayNightIntoMondayIsNoOverlapUntilItIs() {
        Place late = new Place(TOPIC, "Nachtapotheek", null, null, null, null, null, null,
                List.of(new Hours(7, "22:00", "02:00"), new Hours(1, "02:00", "06:00")), List.of());
        assertEquals(201, api.send("POST", places(), late, "Authorization", editor).status());

        Place clash = new Place(TOPIC, "Nachtapotheek 2", null, null, null, null, null, null,
                List.of(new Hours(7, "22:00", "02:00"), new Hours(1, "01:00", "06:00")), List.of());
        assertEquals(400, api.send("POST", places(), clash, "Authorization", editor).status());
    }

    @Test
    void nobodyKeepsAnotherMunicipalitysPlaces() {
        String elsewhere = TestStaff.signIn(api, staff.person("elders", Role.EDITOR, "GM9999"));
        String coordinator = TestStaff.signIn(api, staff.person("coordinator", Role.COORDINATOR, code));

        assertEquals(404, api.send("POST", places(), clinic(), "Authorization", elsewhere).status());
        assertEquals(403, api.send("POST", places(), clinic(), "Authorization", coordinator).status());
        assertEquals(404, api.send("PUT", places() + "/999999999", clinic(), "Authorization", editor).status());
    }

    private String places() {
        return "/api/v1/municipalities/" + code + "/places";
    }
}
