package nl.meedoen.monitoring;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coordinator's deadline list: who must sign within the chosen weeks (or should have), per regime,
 * without those who signed, and what each still misses.
 */
@MicronautTest(transactional = false)
class DeadlineListTest {

    @Serdeable
    record Registered(UUID id, @Nullable LocalDate obligationStart, @Nullable LocalDate deadline) {
    }

    private final Api api;
    private final DeadlineTestData data;

    DeadlineListTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.data = new DeadlineTestData(api, sql);
    }

    @Test
    void wi2021GivesThreeYearsWi2013OneAndVoluntaryParticipantsAreNeverListed() {
        String town = data.municipality();
        String coordinator = data.staff(town, "coordinator");
        LocalDate today = DeadlineTestData.today();
        Registered wi2021 = register(town, coordinator, "Drie Jaar", "wi2021", today.minusYears(3).plusDays(10));
        Registered wi2013 = register(town, coordinator, "Een Jaar", "wi2013", today.minusYears(1).plusDays(12));
        Registered notYet = register(town, coordinator, "Later Nieuwkomer", "wi2021", today.minusYears(1).plusDays(12));
        Registered voluntary = register(town, coordinator, "Vrijwillig Nieuwkomer", "voluntary", null);

        assertEquals(today.plusDays(10), wi2021.deadline(), "three years after the start");
        assertEquals(today.plusDays(12), wi2013.deadline(), "one year after the start");
        assertEquals(today.plusYears(2).plusDays(12), notYet.deadline());
        assertEquals(null, voluntary.deadline());

        DeadlineTestData.Answer answer = data.list(town, coordinator, 156);

        assertEquals(List.of(wi2021.id(), wi2013.id(), notYet.id()), ids(answer), "by deadline; the voluntary participant never");
        assertEquals(List.of("wi2021", "wi2013", "wi2021"), answer.newcomers().stream().map(DeadlineTestData.Entry::regime).toList());
        assertEquals(List.of(wi2021.id(), wi2013.id()), ids(data.list(town, coordinator, 2)), "two weeks ahead");
    }

    @Test
    void theWeeksIncludeTheirLastDayAndOverdueOnesAreAlwaysThereMarked() {
        String town = data.municipality();
        String coordinator = data.staff(town, "coordinator");
        LocalDate today = DeadlineTestData.today();
        UUID overdue = data.newcomer(town, "Te Laat", today.minusDays(5));
        UUID dueToday = data.newcomer(town, "Vandaag", today);
        UUID lastDay = data.newcomer(town, "Laatste Dag", today.plusWeeks(2));
        UUID dayAfter = data.newcomer(town, "Dag Erna", today.plusWeeks(2).plusDays(1));

        DeadlineTestData.Answer twoWeeks = data.list(town, coordinator, 2);

        assertEquals(today, twoWeeks.today());
        assertEquals(today.plusWeeks(2), twoWeeks.until());
        assertEquals(List.of(overdue, dueToday, lastDay), ids(twoWeeks));
        assertEquals(List.of(true, false, false), twoWeeks.newcomers().stream().map(DeadlineTestData.Entry::overdue).toList());
        assertEquals(List.of(-5L, 0L, 14L), twoWeeks.newcomers().stream().map(DeadlineTestData.Entry::daysLeft).toList());
        assertEquals(List.of(overdue, dueToday), ids(data.list(town, coordinator, 0)), "no weeks ahead: overdue and due today");
        assertEquals(List.of(overdue, dueToday, lastDay, dayAfter), ids(data.list(town, coordinator, 3)));
    }

    @Test
    void weeksOutsideTheirBoundsAreRefusedWithAReason() {
        String town = data.municipality();
        String coordinator = data.staff(town, "coordinator");

        for (String weeks : List.of("-1", "157", "twee", "1.5")) {
            Api.Response response = api.get(DeadlineTestData.path(town, "/deadline-list?weeks=" + weeks), "Authorization", coordinator);
            assertEquals(400, response.status(), weeks + ": " + response.body());
            assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.header("Content-Type"));
            assertTrue(response.body().contains("weeks"), "the problem names the parameter: " + response.body());
        }
        Api.Response export = api.get(DeadlineTestData.path(town, "/deadline-list/export?weeks=200"), "Authorization", coordinator);
        assertEquals(400, export.status(), export.body());
        Problem problem = export.as(Problem.class);
        assertEquals(400, problem.status());
    }

    @Test
    void whoSignedLeavesTheListARevokedSignatureBringsThemBackAndARefusalStays() {
        String town = data.municipality();
        String coordinator = data.staff(town, "coordinator");
        LocalDate soon = DeadlineTestData.today().plusDays(20);
        UUID signed = data.newcomer(town, "Getekend", soon);
        UUID revoked = data.newcomer(town, "Ingetrokken", soon);
        UUID refused = data.newcomer(town, "Geweigerd", soon);
        data.sign(town, coordinator, signed);
        data.revoke(town, coordinator, data.sign(town, coordinator, revoked));
        data.refuse(town, coordinator, refused);

        DeadlineTestData.Answer answer = data.list(town, coordinator, 4);

        assertFalse(ids(answer).contains(signed), "a signature ends the obligation");
        assertTrue(ids(answer).contains(revoked), "a revoked signature is none");
        assertEquals("refused", entry(answer, refused).missing(), "a refusal does not meet the obligation");
        assertEquals(DeadlineTestData.today(), entry(answer, refused).date(), "the day of the refusal");
    }

    @Test
    void eachNewcomerShowsWhatTheyStillMiss() {
        String town = data.municipality();
        String coordinator = data.staff(town, "coordinator");
        LocalDate soon = DeadlineTestData.today().plusDays(30);
        Instant nextWeek = DeadlineTestData.today().plusDays(7).atTime(9, 30).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7));
        UUID coming = data.session(town, nextWeek);
        UUID past = data.session(town, lastWeek);
        LocalDate pastDay = LocalDate.ofInstant(lastWeek, ZoneId.of("Europe/Amsterdam"));

        UUID notInvited = data.newcomer(town, "A Niet Uitgenodigd", soon);
        UUID invited = data.newcomer(town, "B Uitgenodigd", soon);
        data.invite(invited, false);
        UUID linked = data.newcomer(town, "C Gekoppeld", soon);
        data.invite(linked, true);
        UUID booked = data.newcomer(town, "D Geboekt", soon);
        data.invite(booked, true);
        data.book(booked, coming, "confirmed");
        UUID waiting = data.newcomer(town, "E Wachtlijst", soon);
        data.invite(waiting, true);
        data.book(waiting, coming, "waitlisted");
        UUID noShow = data.newcomer(town, "F Niet Gekomen", soon);
        data.invite(noShow, true);
        data.book(noShow, past, "confirmed");
        data.attendance(noShow, past, "no-show");
        UUID attended = data.newcomer(town, "G Gekomen", soon);
        data.invite(attended, true);
        data.book(attended, past, "confirmed");
        data.attendance(attended, past, "present");

        DeadlineTestData.Answer answer = data.list(town, coordinator, 5);

        Map<UUID, String> expected = Map.of(notInvited, "not-invited", invited, "invitation-not-redeemed", linked, "not-booked",
                booked, "booked", waiting, "waitlisted", noShow, "no-show", attended, "attended-not-signed");
        expected.forEach((id, missing) -> assertEquals(missing, entry(answer, id).missing(), entry(answer, id).name()));
        assertEquals(DeadlineTestData.today().plusDays(7), entry(answer, booked).date(), "booked for that day");
        assertEquals(DeadlineTestData.today().plusDays(7), entry(answer, waiting).date());
        assertEquals(pastDay, entry(answer, noShow).date(), "the workshop they missed");
        assertEquals(pastDay, entry(answer, attended).date(), "the workshop they came to");
        assertEquals(null, entry(answer, linked).date());
    }

    private Registered register(String town, String coordinator, String name, String regime, @Nullable LocalDate start) {
        Map<String, Object> registration = new java.util.HashMap<>(Map.of("name", name, "preferredLanguage", "ar",
                "targetGroup", regime.equals("voluntary") ? "eu-voluntary" : "permit-holder", "regime", regime));
        if (start != null) {
            registration.put("obligationStart", start.toString());
        }
        Api.Response response = api.send("POST", DeadlineTestData.path(town, "/newcomers"), registration, "Authorization", coordinator);
        assertEquals(201, response.status(), response.body());
        return response.as(Registered.class);
    }

    private static List<UUID> ids(DeadlineTestData.Answer answer) {
        return answer.newcomers().stream().map(DeadlineTestData.Entry::newcomerId).toList();
    }

    private static DeadlineTestData.Entry entry(DeadlineTestData.Answer answer, UUID newcomer) {
        return answer.newcomers().stream().filter(entry -> entry.newcomerId().equals(newcomer)).findFirst()
                .orElseThrow(() -> new AssertionError(newcomer + " is not listed"));
    }
}
