package nl.meedoen.signing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The newcomer's screen lists their signatures and refusals; a revoked one says when, why and by whom. */
@MicronautTest(transactional = false)
class NewcomerSignaturesTest {

    @Serdeable
    record Listed(UUID id, String kind, Instant at, @Nullable String verificationCode, @Nullable Instant revokedAt,
                  @Nullable String revocationReason, @Nullable String revokedBy) {
    }

    private final Api api;
    private final SigningTestData data;

    NewcomerSignaturesTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @Test
    void aRevokedSignatureStaysListedWithItsReasonBesideTheNewOne() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Cato");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        Answers.Signature first = data.sign(municipality, coordinator, newcomer, "Amal Hadad");
        Api.Response revoked = api.send("POST", data.path(municipality, "/signatures/" + first.id() + "/revocation"),
                Map.of("reason", "Naam verkeerd getypt"), "Authorization", coordinator.token());
        assertEquals(201, revoked.status(), revoked.body());
        Answers.Signature second = data.sign(municipality, coordinator, newcomer, "Amal Haddad");

        Api.Response response = api.get(data.path(municipality, "/newcomers/" + newcomer + "/signatures"), "Authorization", coordinator.token());

        assertEquals(200, response.status(), response.body());
        List<Listed> listed = response.asListOf(Listed.class);
        assertEquals(List.of(first.id(), second.id()), listed.stream().map(Listed::id).toList(), "oldest first, the revocation row not on its own");
        assertEquals("Naam verkeerd getypt", listed.getFirst().revocationReason());
        assertEquals("Coördinator Cato", listed.getFirst().revokedBy());
        assertNotNull(listed.getFirst().revokedAt());
        assertNull(listed.getLast().revokedAt());
        assertEquals(second.verificationCode(), listed.getLast().verificationCode());
        assertEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void aNewcomerOfAnotherMunicipalityIsNotFound() {
        String municipality = data.municipality();
        String other = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID elsewhere = data.newcomer(other, "Elders Woont", "ar", "permit-holder");

        assertEquals(404, api.get(data.path(municipality, "/newcomers/" + elsewhere + "/signatures"), "Authorization", coordinator.token()).status());
    }
}
