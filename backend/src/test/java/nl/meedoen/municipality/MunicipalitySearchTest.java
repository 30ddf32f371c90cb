package nl.meedoen.municipality;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class MunicipalitySearchTest {

    @Serdeable
    record FoundMunicipality(String code, String name, boolean demo) {
    }

    private final Api api;
    private final MunicipalityDirectory municipalities;

    MunicipalitySearchTest(EmbeddedServer server, JsonMapper json, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.municipalities = municipalities;
    }

    @BeforeEach
    void someRealMunicipalitiesAndOneWithATurkishLetter() {
        MunicipalityCsvImport.parse(List.of(
                "code,name",
                "GM0796,'s-Hertogenbosch",
                "GM1900;Súdwest-Fryslân",
                "GM1684,Cuijk",
                "GM0148,Dalfsen",
                "GM9101,Çeşme (test)")).forEach(line -> municipalities.save(line.code(), line.name()));
    }

    @Test
    void findsNamesRegardlessOfCaseAccentsAndPunctuation() {
        assertEquals(List.of("'s-Hertogenbosch"), names("/api/v1/municipalities?search=hertogenbosch"));
        assertEquals(List.of("Súdwest-Fryslân"), names("/api/v1/municipalities?search=SUDWEST"));
        assertEquals(List.of("Súdwest-Fryslân"), names("/api/v1/municipalities?search=fryslan"));
        assertEquals(List.of(), names("/api/v1/municipalities?search=nergensdorp"));
    }

    @Test
    void sortsByTheAlphabetOfTheReadersLanguage() {
        List<String> dutch = names("/api/v1/municipalities?lang=nl&search=");
        List<String> turkish = names("/api/v1/municipalities?lang=tr&search=");

        assertTrue(dutch.indexOf("Çeşme (test)") < dutch.indexOf("Cuijk"), "in Dutch Ç sorts as C: " + dutch);
        assertTrue(turkish.indexOf("Cuijk") < turkish.indexOf("Çeşme (test)"), "in Turkish Ç comes after C: " + turkish);
        assertTrue(turkish.indexOf("Çeşme (test)") < turkish.indexOf("Dalfsen"), turkish.toString());
    }

    @Test
    void theDemoMunicipalityIsThereAndMarkedAsDemo() {
        Api.Response response = api.get("/api/v1/municipalities?search=voorbeeld");

        assertEquals(List.of(new FoundMunicipality("GM9999", "Voorbeeldstad", true)), response.asListOf(FoundMunicipality.class));
    }

    @Test
    void anOverlongSearchIsRejected() {
        Api.Response response = api.get("/api/v1/municipalities?search=" + "a".repeat(101));

        assertEquals(400, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
    }

    @Test
    void aCsvFileWithABadLineIsRejectedAsAWhole() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> MunicipalityCsvImport.parse(List.of("GM0153,Enschede", "0153,Enschede", "GM0363")));

        assertTrue(rejected.getMessage().contains("line 2"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("line 3"), rejected.getMessage());
    }

    private List<String> names(String path) {
        Api.Response response = api.get(path);
        assertEquals(200, response.status(), response.body());
        return response.asListOf(FoundMunicipality.class).stream().map(FoundMunicipality::name).toList();
    }
}
