package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coordinator finds a newcomer by a part of their name and corrects what was registered wrongly. */
@MicronautTest(transactional = false)
class CoordinatorFindsAndCorrectsNewcomersTest {

    @Serdeable
    record Newcomer(UUID id, String name, String preferredLanguage, String regime, @Nullable LocalDate obligationStart,
                    @Nullable LocalDate deadline, @Nullable String phone) {
    }

    private final Api api;
    private final StaffTestData data;
    private String municipality;
    private String coordinator;

    CoordinatorFindsAndCorrectsNewcomersTest(EmbeddedServer server, JsonMapper json, MunicipalityDirectory municipalities,
                                             StaffAccounts accounts, Passwords passwords) {
        this.api = new Api(server, json);
        this.data = new StaffTestData(api, municipalities, accounts, passwords);
    }

    @BeforeEach
    void aMunicipalityWithACoordinator() {
        municipality = data.municipality();
        String email = StaffTestData.email("coordinator");
        data.person(email, Role.COORDINATOR, municipality);
        coordinator = data.signIn(email);
    }

    @Test
    void aSearchIgnoresCaseAccentsAndSurroundingSpacesAndStaysInTheMunicipality() {
        UUID celik = register("Ayşe Çelik", "tr", "wi2021").id();
        register("Amal Haddad", "ar", "wi2021");
        String elsewhere = data.municipality();
        String otherCoordinator = StaffTestData.email("other");
        data.person(otherCoordinator, Role.COORDINATOR, elsewhere);
        api.send("POST", "/api/v1/municipalities/" + elsewhere + "/newcomers", registration("Mehmet Celik", "tr", "wi2021"),
                "Authorization", data.signIn(otherCoordinator));

        List<Newcomer> found = search("  celik ");

        assertEquals(List.of(celik), found.stream().map(Newcomer::id).toList());
        assertEquals(List.of(celik), search("AYSE").stream().map(Newcomer::id).toList());
        assertEquals(List.of(), search("Haddadi"));
        assertEquals(400, api.send("POST", path("/newcomers/search"), Map.of("name", " "), "Authorization", coordinator).status(),
                "an empty search is a mistake, not a list of everyone");
        assertEquals(400, api.send("POST", path("/newcomers/search"), Map.of("name", "-"), "Authorization", coordinator).status(),
                "so is one without letters");
    }

    @Test
    void aCorrectionChangesTheFieldsRecomputesTheDeadlineAndIsInTheAuditLog() {
        Newcomer registered = register("Yonas Tesfai", "ar", "wi2021");
        Map<String, Object> corrected = registration("Yonas Tesfay", "ti", "wi2013");
        corrected.put("obligationStart", "2026-03-01");
        corrected.put("phone", "06 12345678");

        Api.Response answer = api.send("PUT", path("/newcomers/" + registered.id()), corrected, "Authorization", coordinator);

        assertEquals(200, answer.status(), answer.body());
        Newcomer now = api.get(path("/newcomers/" + registered.id()), "Authorization", coordinator).as(Newcomer.class);
        assertEquals(new Newcomer(registered.id(), "Yonas Tesfay", "ti", "wi2013", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1),
                "06 12345678"), now);
        StaffTestData.Event event = data.audit(municipality, coordinator).getFirst();
        assertEquals("newcomer corrected", event.action());
        assertEquals("newcomer " + registered.id(), event.subject());
    }

    @Test
    void aCorrectionIsCheckedLikeARegistration() {
        UUID id = register("Olena Kovalenko", "uk", "voluntary").id();
        Map<String, Object> noName = registration("\u2003", "uk", "voluntary");
        Map<String, Object> unknownLanguage = registration("Olena Kovalenko", "xx", "voluntary");

        Api.Response blank = api.send("PUT", path("/newcomers/" + id), noName, "Authorization", coordinator);
        Api.Response language = api.send("PUT", path("/newcomers/" + id), unknownLanguage, "Authorization", coordinator);
        Api.Response elsewhere = api.send("PUT", "/api/v1/municipalities/GM9999/newcomers/" + id, registration("X", "uk", "voluntary"),
                "Authorization", coordinator);

        assertEquals(400, blank.status(), blank.body());
        assertEquals(400, language.status(), language.body());
        assertTrue(language.as(Problem.class).detail().contains("xx"), language.body());
        assertEquals(404, elsewhere.status(), "a newcomer is corrected only in their own municipality");
        assertEquals("Olena Kovalenko", api.get(path("/newcomers/" + id), "Authorization", coordinator).as(Newcomer.class).name());
    }

    private List<Newcomer> search(String name) {
        Api.Response response = api.send("POST", path("/newcomers/search"), Map.of("name", name), "Authorization", coordinator);
        assertEquals(200, response.status(), response.body());
        return response.asListOf(Newcomer.class);
    }

    private Newcomer register(String name, String lang, String regime) {
        Api.Response response = api.send("POST", path("/newcomers"), registration(name, lang, regime), "Authorization", coordinator);
        assertEquals(201, response.status(), response.body());
        return response.as(Newcomer.class);
    }

    private static Map<String, Object> registration(String name, String lang, String regime) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "preferredLanguage", lang, "targetGroup", "permit-holder", "regime", regime));
        return body;
    }

    private String path(String rest) {
        return "/api/v1/municipalities/" + municipality + rest;
    }
}
