package nl.meedoen.signing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coordinator's DUO worklist: what is still to register, as a list and as a spreadsheet-safe CSV. */
@MicronautTest(transactional = false)
class DuoWorklistTest {

    @Serdeable
    record Entry(UUID signatureId, String name, LocalDate date, String result) {
    }

    @Serdeable
    record Event(String action, String subject) {
    }

    private final Api api;
    private final Sql sql;
    private final SigningTestData data;

    DuoWorklistTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @Test
    void signaturesAndRefusalsStayOnTheListUntilMarkedRegistered() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        Answers.Signature signed = data.sign(municipality, coordinator, data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder"), "Amal Haddad");
        Answers.Signature revoked = data.sign(municipality, coordinator, data.newcomer(municipality, "Fout Getekend", "ar", "permit-holder"), "Fout");
        api.send("POST", data.path(municipality, "/signatures/" + revoked.id() + "/revocation"), Map.of("reason", "Verkeerde persoon"),
                "Authorization", coordinator.token());
        UUID refusing = data.newcomer(municipality, "=HYPERLINK(\"http://x\")", "pl", "eu-voluntary");
        UUID ceremony = data.open(municipality, coordinator, Map.of("newcomerId", refusing)).id();
        api.send("POST", data.path(municipality, "/signing-ceremonies/" + ceremony + "/refusal"), Map.of("reason", "Niet nu"),
                "Authorization", coordinator.token());

        List<Entry> open = worklist(municipality, coordinator);
        assertEquals(List.of("Amal Haddad", "=HYPERLINK(\"http://x\")"), open.stream().map(Entry::name).toList(), "the revoked one is left out");
        assertEquals(List.of("signed", "refused"), open.stream().map(Entry::result).toList());
        assertEquals(404, api.send("POST", data.path(municipality, "/duo-registrations"),
                Map.of("signatureId", revoked.id(), "registeredOn", LocalDate.now().toString()), "Authorization", coordinator.token()).status(),
                "a revoked signature is not registered with DUO");

        Api.Response csv = api.get(data.path(municipality, "/duo-worklist/export"), "Authorization", coordinator.token());
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body().contains("\"Amal Haddad\";\"" + open.getFirst().date().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + "\";\"ondertekend\""), csv.body());
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://x\"\")\";"), "a formula is defused: " + csv.body());

        Api.Response marked = api.send("POST", data.path(municipality, "/duo-registrations"),
                Map.of("signatureId", signed.id(), "registeredOn", LocalDate.now().toString()), "Authorization", coordinator.token());
        Api.Response again = api.send("POST", data.path(municipality, "/duo-registrations"),
                Map.of("signatureId", signed.id(), "registeredOn", LocalDate.now().toString()), "Authorization", coordinator.token());

        assertEquals(201, marked.status(), marked.body());
        assertEquals(409, again.status());
        assertEquals(List.of("refused"), worklist(municipality, coordinator).stream().map(Entry::result).toList());
        assertEquals(coordinator.id(), sql.one("SELECT registered_by FROM duo_registration WHERE signature_id = ?",
                row -> row.getObject(1, UUID.class), signed.id()).orElseThrow());
        List<Event> events = api.get(data.path(municipality, "/audit-events"), "Authorization", coordinator.token()).asListOf(Event.class);
        assertEquals(1, events.stream().filter(event -> event.action().equals("duo.registered")).count());
        assertEquals(1, events.stream().filter(event -> event.action().equals("duo.exported")).count(), "the export is in the audit log");
    }

    private List<Entry> worklist(String municipality, SigningTestData.Staff coordinator) {
        Api.Response response = api.get(data.path(municipality, "/duo-worklist"), "Authorization", coordinator.token());
        assertEquals(200, response.status(), response.body());
        return response.asListOf(Entry.class);
    }
}
