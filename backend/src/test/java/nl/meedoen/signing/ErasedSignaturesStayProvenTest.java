package nl.meedoen.signing;

import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At the end of the retention period a signature's personal parts are erased: the chain still verifies,
 * still names any other change, the code still verifies (without initials), and the database allows that
 * one change and no other.
 */
@MicronautTest(transactional = false)
class ErasedSignaturesStayProvenTest {

    private final Sql sql;
    private final SigningTestData data;
    private final Api api;
    private final SignatureErasure erasure;
    private final Environment context;

    ErasedSignaturesStayProvenTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities,
                                   SignatureErasure erasure) {
        this.sql = sql;
        this.api = new Api(server, json);
        this.data = new SigningTestData(api, sql, municipalities);
        this.erasure = erasure;
        this.context = server.getEnvironment();
    }

    record Stored(String rowHash, String previousHash, String personalSha256, boolean personal, boolean erased) {
    }

    @Test
    void anErasedSignatureStillVerifiesInTheChainAndByItsCode() {
        // given: three signatures in one chain, the first revoked and signed again
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID amal = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        Answers.Signature revokedOne = data.sign(municipality, coordinator, amal, "Amal Hadad");
        assertEquals(201, api.send("POST", data.path(municipality, "/signatures/" + revokedOne.id() + "/revocation"),
                Map.of("reason", "Naam van Amal verkeerd getypt"), "Authorization", coordinator.token()).status());
        Answers.Signature signed = data.sign(municipality, coordinator, amal, "Amal Haddad");
        Answers.Signature other = data.sign(municipality, coordinator, data.newcomer(municipality, "Yonas Tesfay", "ti", "permit-holder"),
                "Yonas Tesfay");
        Stored before = stored(signed.id());

        // when
        SignatureErasure.Erased erased = sql.inTransaction(() -> erasure.eraseOf(amal, Instant.now()));

        // then: Amal's three rows lost their personal parts, and nothing else
        assertEquals(new SignatureErasure.Erased(3, 0), erased);
        for (Stored row : List.of(stored(revokedOne.id()), stored(signed.id()))) {
            assertFalse(row.personal(), "no image, typed name, reason, device, address or salt");
            assertTrue(row.erased());
        }
        Stored after = stored(signed.id());
        assertEquals(before.rowHash(), after.rowHash());
        assertEquals(before.previousHash(), after.previousHash());
        assertEquals(before.personalSha256(), after.personalSha256());
        assertEquals(0, sql.one("SELECT count(*) FROM signature WHERE newcomer_id = ? AND reason IS NOT NULL", row -> row.getInt(1), amal)
                .orElseThrow(), "the revocation's reason named Amal");
        assertTrue(stored(other.id()).personal(), "another newcomer's signature is whole");
        assertEquals("Yonas Tesfay", sql.one("SELECT typed_name FROM signature WHERE id = ?", row -> row.getString(1), other.id()).orElseThrow());

        Answers.Chain chain = data.chain(municipality, coordinator);
        assertTrue(chain.valid(), chain.problem());
        assertEquals(4, chain.rows());
        assertEquals(3, chain.erasedRows());
        Output command = commandLine(municipality);
        assertEquals(0, command.status(), command.text());
        assertTrue(command.text().contains("4 rows, chain intact (3 with personal parts erased)"), command.text());

        Answers.Verification verification = api.get("/api/v1/verifications/" + signed.verificationCode()).as(Answers.Verification.class);
        assertEquals("valid", verification.status());
        assertEquals("Tekenstad " + municipality, verification.municipality());
        assertNotNull(verification.signedOn());
        assertNull(verification.initials(), "no initials once erased");
        assertEquals("Y. T.", api.get("/api/v1/verifications/" + other.verificationCode()).as(Answers.Verification.class).initials());

        Api.Response certificate = api.get(data.path(municipality, "/signatures/" + signed.id() + "/certificate.pdf"),
                "Authorization", coordinator.token());
        assertEquals(410, certificate.status(), certificate.body());
        assertTrue(certificate.as(Problem.class).detail().contains("erased"), certificate.body());
    }

    @Test
    void theDatabaseAllowsTheWholeErasureAndNothingElse() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID newcomer = data.newcomer(municipality, "Nour Saleh", "ar", "permit-holder");
        Answers.Signature signature = data.sign(municipality, coordinator, newcomer, "Nour Saleh");

        List<String> refused = List.of(
                "UPDATE signature SET typed_name = NULL WHERE id = ?",
                "UPDATE signature SET typed_name = NULL, client_address = NULL, personal_salt = NULL, erased_at = now() WHERE id = ?",
                "UPDATE signature SET typed_name = NULL, device = NULL, client_address = NULL, personal_salt = NULL, erased_at = now(), "
                + "signed_at = signed_at - interval '1 day' WHERE id = ?",
                "UPDATE signature SET typed_name = NULL, device = NULL, client_address = NULL, personal_salt = NULL, erased_at = now(), "
                + "personal_sha256 = repeat('0', 64) WHERE id = ?",
                "DELETE FROM signature WHERE id = ?");
        for (String statement : refused) {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> sql.update(statement, signature.id()), statement);
            assertTrue(failure.getMessage().contains("append-only"), failure.getMessage());
        }
        assertEquals("Nour Saleh", sql.one("SELECT typed_name FROM signature WHERE id = ?", row -> row.getString(1), signature.id()).orElseThrow());

        sql.inTransaction(() -> erasure.eraseOf(newcomer, Instant.now()));
        RuntimeException again = assertThrows(RuntimeException.class,
                () -> sql.update("UPDATE signature SET erased_at = now() WHERE id = ?", signature.id()));
        assertTrue(again.getMessage().contains("append-only"), "an erasure happens once: " + again.getMessage());
        RuntimeException withoutHash = assertThrows(RuntimeException.class, () -> sql.update("""
                INSERT INTO signature (id, municipality_code, position, kind, newcomer_id, declaration_version, locale, document_sha256,
                                       reason, recorded_by, recorded_at, client_address, previous_hash, row_hash)
                SELECT gen_random_uuid(), municipality_code, position + 100, 'refused', newcomer_id, declaration_version, locale,
                       document_sha256, 'Wil niet', recorded_by, recorded_at, '192.0.2.1', row_hash, row_hash
                  FROM signature WHERE id = ?
                """, signature.id()));
        assertTrue(withoutHash.getMessage().contains("personal parts salted and hashed"), withoutHash.getMessage());
    }

    @Test
    void aChangeBehindTheDatabasesBackIsStillNamedAfterAnErasure() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID first = data.newcomer(municipality, "Eerste Persoon", "ar", "permit-holder");
        Answers.Signature erased = data.sign(municipality, coordinator, first, "Eerste Persoon");
        Answers.Signature kept = data.sign(municipality, coordinator, data.newcomer(municipality, "Tweede Persoon", "fa", "permit-holder"),
                "Tweede Persoon");
        sql.inTransaction(() -> erasure.eraseOf(first, Instant.now()));
        assertTrue(data.chain(municipality, coordinator).valid());

        // given: the erased row's date is moved, with the trigger off
        tamper("UPDATE signature SET signed_at = signed_at - interval '1 day' WHERE id = ?", erased.id());

        Answers.Chain chain = data.chain(municipality, coordinator);
        assertFalse(chain.valid());
        assertEquals(erased.id(), chain.firstBadId());
        assertTrue(chain.problem().contains("was changed"), chain.problem());
        tamper("UPDATE signature SET signed_at = signed_at + interval '1 day' WHERE id = ?", erased.id());
        assertTrue(data.chain(municipality, coordinator).valid(), "put back as it was");

        // given: the kept row's typed name is changed, with the trigger off
        tamper("UPDATE signature SET typed_name = 'Iemand Anders' WHERE id = ?", kept.id());

        Answers.Chain second = data.chain(municipality, coordinator);
        assertFalse(second.valid());
        assertEquals(kept.id(), second.firstBadId());
        assertTrue(second.problem().contains("personal parts do not match"), second.problem());
        assertEquals(1, commandLine(municipality).status());
    }

    private void tamper(String statement, UUID id) {
        sql.inTransaction(() -> {
            sql.update("ALTER TABLE signature DISABLE TRIGGER signature_append_only");
            sql.update(statement, id);
            sql.update("ALTER TABLE signature ENABLE TRIGGER signature_append_only");
            return null;
        });
    }

    private Stored stored(UUID id) {
        return sql.one("""
                SELECT row_hash, previous_hash, personal_sha256,
                       (signature_png IS NOT NULL OR typed_name IS NOT NULL OR reason IS NOT NULL OR device IS NOT NULL
                        OR client_address IS NOT NULL OR personal_salt IS NOT NULL) AS personal,
                       erased_at IS NOT NULL AS erased
                  FROM signature WHERE id = ?
                """, row -> new Stored(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4), row.getBoolean(5)), id)
                .orElseThrow();
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
