package nl.meedoen.municipality;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A platform admin adds a real municipality through the API; then newcomers can find it. */
@MicronautTest(transactional = false)
class AddingAMunicipalityTest {

    @Serdeable
    record FoundMunicipality(String code, String name, boolean demo) {
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    private final Api api;

    AddingAMunicipalityTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void anAdminAddsEnschedeAndNewcomersFindIt() {
        String admin = token("admin@meedoen.example");

        Api.Response added = api.send("POST", "/api/v1/municipalities", Map.of("code", "gm0153", "name", "Enschede"), "Authorization", admin);

        assertEquals(201, added.status(), added.body());
        assertEquals(new FoundMunicipality("GM0153", "Enschede", false), added.as(FoundMunicipality.class));
        assertEquals(List.of(new FoundMunicipality("GM0153", "Enschede", false)),
                api.get("/api/v1/municipalities?search=ensch").asListOf(FoundMunicipality.class));
        assertEquals(200, api.get("/api/v1/municipalities/GM0153/wegwijs?lang=tr").status(), "national wegwijs works at once");
    }

    @Test
    void aBadCodeIsRefusedAndOnlyAnAdminMayAdd() {
        Api.Response badCode = api.send("POST", "/api/v1/municipalities", Map.of("code", "0153", "name", "Enschede"),
                "Authorization", token("admin@meedoen.example"));
        assertEquals(400, badCode.status());
        assertEquals("Invalid municipality code", badCode.as(Problem.class).title());

        assertEquals(403, api.send("POST", "/api/v1/municipalities", Map.of("code", "GM0363", "name", "Amsterdam"),
                "Authorization", token("coordinator@voorbeeldstad.example")).status());
    }

    private String token(String email) {
        return "Bearer " + api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", "Meedoen-demo-2026"))
                .as(Tokens.class).accessToken();
    }
}
