package nl.meedoen.signing;

import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database refuses to change or remove a signature, and a change made behind its back breaks the chain there. */
@MicronautTest(transactional = false)
class SignatureRecordIsAppendOnlyTest {

    private final Sql sql;
    private final SigningTestData data;
    private final Api api;
    private final Environment context;

    SignatureRecordIsAppendOnlyTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.sql = sql;
        this.api = new Api(server, json);
        this.data = new SigningTestData(api, sql, municipalities);
        this.context = server.getEnvironment();
    }

    @Test
    void updateAndDeleteAreRefusedByTheDatabase() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        Answers.Signature signature = data.sign(municipality, coordinator, data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder"), "Amal Haddad");

        RuntimeException update = assertThrows(RuntimeException.class,
                () -> sql.update("UPDATE signature SET typed_name = 'Iemand anders' WHERE id = ?", signature.id()));
        RuntimeException delete = assertThrows(RuntimeException.class, () -> sql.update("DELETE FROM signature WHERE id = ?", signature.id()));
        assertThrows(RuntimeException.class, () -> sql.update("TRUNCATE signature CASCADE"));

        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        assertEquals("Amal Haddad", sql.one("SELECT typed_name FROM signature WHERE id = ?", row -> row.getString(1), signature.id()).orElseThrow());
    }

    @Test
    void aRowChangedWithTheTriggerDisabledIsNamedByTheApiAndTheCommandLineCheck() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        data.sign(municipality, coordinator, data.newcomer(municipality, "Eerste Persoon", "ar", "permit-holder"), "Eerste Persoon");
        Answers.Signature second = data.sign(municipality, coordinator, data.newcomer(municipality, "Tweede Persoon", "ti", "permit-holder"), "Tweede Persoon");
        data.sign(municipality, coordinator, data.newcomer(municipality, "Derde Persoon", "fa", "permit-holder"), "Derde Persoon");
        assertTrue(data.chain(municipality, coordinator).valid());
        assertEquals(0, commandLine(municipality).status(), "an intact chain");

        // given: the owner of the table changes the second signature, bypassing the trigger
        sql.inTransaction(() -> {
            sql.update("ALTER TABLE signature DISABLE TRIGGER signature_append_only");
            sql.update("UPDATE signature SET signed_at = signed_at - interval '1 day' WHERE id = ?", second.id());
            sql.update("ALTER TABLE signature ENABLE TRIGGER signature_append_only");
            return null;
        });

        Answers.Chain chain = data.chain(municipality, coordinator);
        assertFalse(chain.valid());
        assertEquals(2L, chain.firstBadPosition());
        assertEquals(second.id(), chain.firstBadId());
        assertTrue(chain.problem().contains("was changed"), chain.problem());
        assertEquals("content-changed", chain.reason(), "a code a screen can say in its own language");
        Output check = commandLine(municipality);
        assertEquals(1, check.status());
        assertTrue(check.text().contains(municipality + ": BROKEN at position 2 (row " + second.id() + ")"), check.text());
    }

    @Test
    void revokingIsANewRowAndTheNewcomerCanSignAgain() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID newcomer = data.newcomer(municipality, "Nour Saleh", "ar", "permit-holder");
        Answers.Signature first = data.sign(municipality, coordinator, newcomer, "Nour Saleh");

        Api.Response again = api.send("POST", data.path(municipality, "/signing-ceremonies"), Map.of("newcomerId", newcomer), "Authorization", coordinator.token());
        assertEquals(409, again.status(), "signed already: " + again.body());

        Api.Response revoked = api.send("POST", data.path(municipality, "/signatures/" + first.id() + "/revocation"),
                Map.of("reason", "Naam verkeerd getypt"), "Authorization", coordinator.token());
        assertEquals(201, revoked.status(), revoked.body());
        Answers.Signature revocation = revoked.as(Answers.Signature.class);
        assertEquals("revoked", revocation.kind());
        assertEquals(first.id(), revocation.revokes());
        assertEquals(409, api.send("POST", data.path(municipality, "/signatures/" + first.id() + "/revocation"),
                Map.of("reason", "Nog eens"), "Authorization", coordinator.token()).status(), "revoked once");
        assertEquals("revoked", api.get("/api/v1/verifications/" + first.verificationCode()).as(Answers.Verification.class).status());

        Answers.Signature second = data.sign(municipality, coordinator, newcomer, "Nour Saleh");

        assertEquals("valid", api.get("/api/v1/verifications/" + second.verificationCode()).as(Answers.Verification.class).status());
        assertEquals(3L, second.position());
        Answers.Chain chain = data.chain(municipality, coordinator);
        assertTrue(chain.valid());
        assertEquals(3, chain.rows());
    }

    record Output(int status, String text) {
    }

    private Output commandLine(String municipality) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ChainCheckCommand.run(context.getProperty("datasources.default.url", String.class).orElseThrow(),
                context.getProperty("datasources.default.username", String.class).orElseThrow(),
                context.getProperty("datasources.default.password", String.class).orElse(""),
                new String[] {municipality}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }
}
