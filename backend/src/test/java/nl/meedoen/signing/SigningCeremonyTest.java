package nl.meedoen.signing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ceremony from opening to the witness's confirmation, as staff and newcomer go through it. */
@MicronautTest(transactional = false)
class SigningCeremonyTest {

    /** The smallest valid PNG: one transparent pixel. */
    private static final String ONE_PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private final Api api;
    private final Sql sql;
    private final SigningTestData data;

    SigningCeremonyTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @Test
    void theTrainerOfTheSessionRunsTheCeremonyInArabicAndWitnessesIt() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        var trainer = data.staff(municipality, "trainer", "Trainer Tineke");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        UUID session = data.sessionWith(municipality, trainer.id(), newcomer);
        api.send("PUT", data.path(municipality, "/local-agreements"), Map.of("dutch", "De gemeente helpt je met een taalmaatje.",
                "translations", Map.of("ar", "تساعدك البلدية برفيق لغوي.")), "Authorization", coordinator.token());

        Answers.CeremonyView opened = data.open(municipality, trainer, Map.of("newcomerId", newcomer, "sessionId", session));

        assertEquals("open", opened.status());
        assertEquals("ar", opened.locale());
        assertEquals("rtl", opened.direction());
        assertEquals("platform", opened.wording());
        assertTrue(opened.dutch().html().contains("Ik respecteer ze en ik aanvaard ze"));
        assertEquals("unreviewed", opened.translation().reviewStatus());
        assertTrue(opened.translation().html().contains("أحترمها وأقبلها"));
        assertTrue(opened.localAgreements().translationHtml().contains("رفيق لغوي"));
        assertFalse(opened.signingVoluntary());
        assertNull(opened.voluntaryNotice());

        Api.Response signed = data.submit(municipality, trainer, opened.id(), "k1", Map.of("readAndUnderstood", true, "signaturePng", ONE_PIXEL));
        assertEquals(200, signed.status(), signed.body());
        assertEquals("signed-awaiting-witness", signed.as(Answers.CeremonyView.class).status());
        Api.Response witnessed = data.witness(municipality, trainer, opened.id());
        assertEquals(201, witnessed.status(), witnessed.body());
        Answers.Signature signature = witnessed.as(Answers.Signature.class);

        assertEquals("signed", signature.kind());
        assertEquals(trainer.id(), signature.recordedBy());
        assertEquals(opened.documentSha256(), signature.documentSha256());
        assertTrue(signature.verificationCode().matches("[0-9A-HJKMNP-TV-Z]{10}"), signature.verificationCode());
        assertEquals(session, sql.one("SELECT session_id FROM signature WHERE id = ?", row -> row.getObject(1, UUID.class), signature.id()).orElseThrow());
        assertEquals(Base64.getDecoder().decode(ONE_PIXEL.substring(22)).length,
                sql.one("SELECT octet_length(signature_png) FROM signature WHERE id = ?", row -> row.getInt(1), signature.id()).orElseThrow());
    }

    @Test
    void aTrainerOfAnotherSessionMayNotOpenIt() {
        String municipality = data.municipality();
        var trainer = data.staff(municipality, "trainer", "Trainer");
        var otherTrainer = data.staff(municipality, "trainer", "Andere trainer");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        UUID session = data.sessionWith(municipality, trainer.id(), newcomer);

        Api.Response response = api.send("POST", data.path(municipality, "/signing-ceremonies"),
                Map.of("newcomerId", newcomer, "sessionId", session), "Authorization", otherTrainer.token());

        assertEquals(403, response.status(), response.body());
        Api.Response notInIt = api.send("POST", data.path(municipality, "/signing-ceremonies"),
                Map.of("newcomerId", data.newcomer(municipality, "Zonder Plaats", "ar", "permit-holder"), "sessionId", session),
                "Authorization", data.staff(municipality, "coordinator", "Coördinator").token());
        assertEquals(400, notInIt.status(), "a session the newcomer has no seat in: " + notInIt.body());
    }

    @Test
    void aDoubleSubmitAndADoubleWitnessGiveOneSignature() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID newcomer = data.newcomer(municipality, "Yonas Tesfay", "ti", "permit-holder");
        UUID ceremony = data.open(municipality, coordinator, Map.of("newcomerId", newcomer)).id();
        Map<String, Object> typed = Map.of("readAndUnderstood", true, "typedName", "Yonas Tesfay");

        Api.Response first = data.submit(municipality, coordinator, ceremony, "same-key", typed);
        Api.Response retry = data.submit(municipality, coordinator, ceremony, "same-key", typed);
        Api.Response otherKey = data.submit(municipality, coordinator, ceremony, "other-key", typed);
        Api.Response witnessed = data.witness(municipality, coordinator, ceremony);
        Api.Response witnessedAgain = data.witness(municipality, coordinator, ceremony);

        assertEquals(200, first.status());
        assertEquals(first.body(), retry.body());
        assertEquals(409, otherKey.status());
        assertEquals(witnessed.as(Answers.Signature.class).id(), witnessedAgain.as(Answers.Signature.class).id());
        assertEquals(1, sql.list("SELECT id FROM signature WHERE newcomer_id = ?", row -> row.getString(1), newcomer).size());
    }

    @Test
    void signingNeedsTheReadConfirmationAndAPngOrATypedName() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID ceremony = data.open(municipality, coordinator, Map.of("newcomerId", data.newcomer(municipality, "A B", "nl", "permit-holder"))).id();

        assertEquals(400, data.submit(municipality, coordinator, ceremony, "a", Map.of("readAndUnderstood", false, "typedName", "A B")).status());
        assertEquals(400, data.submit(municipality, coordinator, ceremony, "b", Map.of("readAndUnderstood", true,
                "signaturePng", "data:image/png;base64," + Base64.getEncoder().encodeToString("GIF89a not a png".getBytes()))).status());
        assertEquals(400, data.submit(municipality, coordinator, ceremony, "c", Map.of("readAndUnderstood", true)).status());
        assertEquals(400, data.submit(municipality, coordinator, ceremony, "", Map.of("readAndUnderstood", true, "typedName", "A B")).status(),
                "an Idempotency-Key is required");
        assertEquals(409, data.witness(municipality, coordinator, ceremony).status(), "nothing signed to witness yet");
    }

    @Test
    void forAnEuCitizenTheScreenSaysInTheirLanguageThatSigningIsVoluntary() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");

        Answers.CeremonyView view = data.open(municipality, coordinator,
                Map.of("newcomerId", data.newcomer(municipality, "Anna Kowalska", "pl", "eu-voluntary")));

        assertTrue(view.signingVoluntary());
        assertEquals("Dla ciebie podpisanie jest dobrowolne. Nikt nie może cię zmusić. Gmina się ucieszy, jeśli podpiszesz.", view.voluntaryNotice());
        assertTrue(view.voluntaryNoticeDutch().startsWith("Voor jou is tekenen vrijwillig."));
    }

    @Test
    void aRefusalIsRecordedWithItsReasonAndIsNotASignature() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID newcomer = data.newcomer(municipality, "Anna Kowalska", "pl", "eu-voluntary");
        UUID ceremony = data.open(municipality, coordinator, Map.of("newcomerId", newcomer)).id();

        Api.Response refused = api.send("POST", data.path(municipality, "/signing-ceremonies/" + ceremony + "/refusal"),
                Map.of("reason", "Wil het eerst thuis bespreken"), "Authorization", coordinator.token());

        assertEquals(201, refused.status(), refused.body());
        Answers.Signature refusal = refused.as(Answers.Signature.class);
        assertEquals("refused", refusal.kind());
        assertNull(refusal.verificationCode());
        assertEquals("Wil het eerst thuis bespreken", refusal.reason());
        assertEquals(409, data.witness(municipality, coordinator, ceremony).status());
        assertNotNull(data.open(municipality, coordinator, Map.of("newcomerId", newcomer)).id(), "a refusal does not stop a later signing");
    }

    @Test
    void theVerificationAnswerHoldsNoPersonalDataBeyondInitials() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Cor");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        Answers.Signature signature = data.sign(municipality, coordinator, newcomer, "Amal Haddad");

        Api.Response response = api.get("/api/v1/verifications/" + signature.verificationCode().toLowerCase());

        assertEquals(200, response.status(), response.body());
        Answers.Verification verification = response.as(Answers.Verification.class);
        assertEquals("valid", verification.status());
        assertEquals("A. H.", verification.initials());
        assertEquals("Tekenstad " + municipality, verification.municipality());
        Map<?, ?> fields = response.as(Map.class);
        assertEquals(new TreeSet<>(List.of("code", "status", "municipality", "signedOn", "initials")), new TreeSet<>(fields.keySet().stream().map(Object::toString).toList()));
        for (String personal : List.of("Amal", "Haddad", newcomer.toString(), coordinator.id().toString(), "Cor", signature.id().toString())) {
            assertFalse(response.body().contains(personal), personal);
        }
        assertEquals(404, api.get("/api/v1/verifications/0000000000").status());
        assertEquals(400, api.get("/api/v1/verifications/not-a-code").status());
    }
}
