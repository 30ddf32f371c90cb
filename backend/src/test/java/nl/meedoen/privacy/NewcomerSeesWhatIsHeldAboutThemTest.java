package nl.meedoen.privacy;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.privacy.PersonalDataReport.Booking;
import nl.meedoen.privacy.PersonalDataReport.Signature;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AVG article 15 on the newcomer's own phone: every group of what the municipality holds about them,
 * nothing of another newcomer, no staff names or secrets, never cached, and as a file to save.
 */
@MicronautTest(transactional = false)
class NewcomerSeesWhatIsHeldAboutThemTest {

    private static final String PATH = "/api/v1/newcomer/personal-data";

    private final Api api;
    private final Sql sql;
    private final PersonalDataTestData data;
    // Made once for the class: the scenario takes a dozen API calls, and no test changes it.
    private static String municipality;
    private static String coordinator;
    private static PersonalDataTestData.Newcomer amal;
    private static PersonalDataTestData.Newcomer other;
    private static String amalsMail;
    private static PersonalDataTestData.Witnessed signed;

    NewcomerSeesWhatIsHeldAboutThemTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new PersonalDataTestData(api, sql, municipalities);
    }

    @BeforeEach
    void aNewcomerWithSomethingInEveryGroup() {
        if (amal != null) {
            return;
        }
        municipality = data.municipality();
        coordinator = data.staff(municipality, "coordinator");
        amalsMail = "amal-" + UUID.randomUUID() + "@example.org";
        PersonalDataTestData.Newcomer amal = data.newcomer(municipality, coordinator, "Amal Haddad", "ar", amalsMail);
        UUID first = data.session(municipality, "Waardenworkshop eerste", 10, 12);
        UUID second = data.session(municipality, "Waardenworkshop tweede", 12, 12);
        UUID full = data.session(municipality, "Waardenworkshop vol", 14, 1);
        UUID past = data.session(municipality, "Waardenworkshop geweest", -2, 12);
        data.book(amal, first);
        data.newcomerCall("PUT", "/api/v1/newcomer/booking", Map.of("sessionId", second), amal);
        sql.update("INSERT INTO booking_reminder (booking_id, minutes_before, due_at, sent_at) SELECT id, 2880, now(), now() FROM booking WHERE newcomer_id = ? AND session_id = ?",
                amal.id(), second);
        data.newcomerCall("DELETE", "/api/v1/newcomer/booking", null, amal);
        data.fill(municipality, coordinator, full);
        data.book(amal, full);
        data.walkedIn(past, amal.id());
        data.missed(data.session(municipality, "Waardenworkshop gemist", -4, 12), amal.id());
        signed = data.sign(municipality, coordinator, amal.id(), "Amal Haddad");
        data.revoke(municipality, coordinator, signed.id(), "Getekend onder de verkeerde naam");
        data.refuse(municipality, coordinator, amal.id(), "Wil eerst de workshop volgen");
        data.notifications(amal, "session-reminder");
        data.mail(amalsMail, "booking-confirmed", "Je plek in de workshop");

        other = data.newcomer(municipality, coordinator, "Omar Andersen", "nl", "omar-" + UUID.randomUUID() + "@example.org");
        data.book(other, data.session(municipality, "Workshop van een ander", 9, 12));
        NewcomerSeesWhatIsHeldAboutThemTest.amal = amal;
        data.mail("omar-elders@example.org", "booking-confirmed", "Bericht voor een ander");
    }

    @AfterEach
    void forgetRedeemAttempts() {
        sql.update("DELETE FROM redeem_attempt");
    }

    @Test
    void everyGroupHoldsWhatHappened() {
        PersonalDataReport report = report(amal);

        PersonalDataReport.Registration registration = report.registration();
        assertEquals("Amal Haddad", registration.name());
        assertEquals("ar", registration.language());
        assertEquals("permit-holder", registration.targetGroup());
        assertEquals("wi2021", registration.regime());
        assertEquals(LocalDate.of(2026, 3, 2), registration.obligationStart());
        assertEquals(LocalDate.of(2029, 3, 2), registration.deadline());
        assertEquals("+31 6 1234 5678", registration.phone());
        assertEquals(amalsMail, registration.email());
        assertEquals("Inzagestad " + municipality, registration.registeredBy());

        assertEquals(2, report.invitations().size());
        assertFalse(report.invitations().get(0).redeemed());
        assertTrue(report.invitations().get(0).revokedAt() != null, "the first letter was withdrawn");
        assertTrue(report.invitations().get(1).redeemed());

        assertEquals(1, report.phones().size());
        assertTrue(report.phones().getFirst().thisPhone());
        assertEquals("push.example.net", report.phones().getFirst().notifications().pushService());

        assertEquals(List.of("missed Waardenworkshop gemist", "moved Waardenworkshop eerste", "cancelled Waardenworkshop tweede"),
                report.bookings().stream().map(booking -> booking.status() + " " + booking.session().title()).toList());
        assertEquals(1, report.bookings().get(2).reminders().size());
        Booking waiting = report.waitingList().getFirst();
        assertEquals("Waardenworkshop vol", waiting.session().title());
        assertEquals(1, waiting.waitingListPosition());

        assertEquals(List.of("Waardenworkshop gemist", "Waardenworkshop geweest"),
                report.attendance().stream().map(visit -> visit.session().title()).toList());
        PersonalDataReport.Attendance missed = report.attendance().get(0);
        assertEquals("no-show", missed.status());
        assertEquals("sent", missed.followUp().outcome());
        PersonalDataReport.Attendance came = report.attendance().get(1);
        assertEquals("present", came.status());
        assertTrue(came.walkIn());
        assertNull(came.followUp());
        assertEquals("walk-in", came.checkIns().getFirst().method());

        assertEquals(2, report.signingCeremonies().size());
        assertEquals("Mozilla/5.0 (Linux; Android 14) Inzage", report.signingCeremonies().getFirst().device());
        assertEquals(List.of("signed", "revoked", "refused"), report.signatures().stream().map(Signature::kind).toList());
        Signature signature = report.signatures().getFirst();
        assertEquals(signed.verificationCode(), signature.verificationCode());
        assertEquals("Amal Haddad", signature.typedName());
        assertEquals("coordinator", signature.witnessRole());
        assertTrue(signature.revoked());
        assertEquals(signed.verificationCode(), report.signatures().get(1).revokes());
        assertEquals("Wil eerst de workshop volgen", report.signatures().get(2).reason());

        assertEquals(List.of("مقعدك في ورشة العمل: Waardenworkshop eerste", "مقعدك في ورشة العمل: Waardenworkshop tweede",
                "أُلغي حجزك: Waardenworkshop tweede", "قائمة الانتظار: Waardenworkshop vol", "Je plek in de workshop"),
                report.mails().stream().map(PersonalDataReport.Mail::subject).toList());
        assertEquals("session-reminder", report.pushMessages().getFirst().kind());
        assertTrue(report.staffActions().stream().anyMatch(action -> action.action().equals("newcomer registered")));
        assertTrue(report.staffActions().stream().anyMatch(action -> action.action().equals("signature.revoked")));
        assertEquals("P5Y", report.retention().keepFor());
        assertEquals(5, report.retention().years());
        assertTrue(report.retention().trajectoryEnds().isAfter(report.madeAt()), "a workshop is still ahead, so the trajectory has not ended");
        assertEquals(report.retention().trajectoryEnds().atZone(java.time.ZoneId.of("Europe/Amsterdam")).plusYears(5).toLocalDate(),
                report.retention().deletedAfter());
    }

    @Test
    void anotherNewcomersDataNeverAppears() {
        String amals = api.get(PATH, "Authorization", amal.phone()).body();
        String others = api.get(PATH, "Authorization", other.phone()).body();

        for (String theirs : List.of("Omar Andersen", "Workshop van een ander", "Bericht voor een ander", other.id().toString())) {
            assertFalse(amals.contains(theirs), theirs);
        }
        for (String hers : List.of("Amal Haddad", "Waardenworkshop", amalsMail, signed.verificationCode())) {
            assertFalse(others.contains(hers), hers);
        }
    }

    @Test
    void noStaffNamesAndNoSecretsAreInIt() {
        String body = api.get(PATH, "Authorization", amal.phone()).body();

        assertFalse(body.contains("Medewerker"), "staff are named by their role only");
        assertFalse(body.contains("code_hash") || body.contains("codeHash") || body.contains("rowHash") || body.contains("token"), body);
        assertFalse(body.matches("(?s).*[0-9a-f]{64}.*"), "no hashes");
    }

    @Test
    void itIsNeverCachedAndDownloadsAsAFile() {
        Api.Response shown = api.get(PATH, "Authorization", amal.phone());
        Api.Response file = api.get(PATH + "?download=true", "Authorization", amal.phone());

        assertEquals("no-store", shown.header("Cache-Control"));
        assertNull(shown.header("Content-Disposition"));
        assertEquals(200, file.status(), file.body());
        assertEquals("no-store", file.header("Cache-Control"));
        assertEquals("attachment; filename=\"mijn-gegevens.json\"", file.header("Content-Disposition"));
        assertEquals("Amal Haddad", file.as(PersonalDataReport.class).registration().name());
    }

    @Test
    void staffTokensAreRefusedAndAnonymousCallersMustSignIn() {
        assertEquals(403, api.get(PATH, "Authorization", coordinator).status());
        assertEquals(403, api.get(PATH, "Authorization", data.staff(municipality, "trainer")).status());
        assertEquals(401, api.get(PATH).status());
        assertEquals(400, api.get(PATH + "?download=perhaps", "Authorization", amal.phone()).status());
    }

    private PersonalDataReport report(PersonalDataTestData.Newcomer newcomer) {
        Api.Response response = api.get(PATH, "Authorization", newcomer.phone());
        assertEquals(200, response.status(), response.body());
        return response.as(PersonalDataReport.class);
    }
}
