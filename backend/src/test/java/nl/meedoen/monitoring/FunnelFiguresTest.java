package nl.meedoen.monitoring;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A coordinator's figures against a scenario with known answers ({@link FiguresScenario}): every count of
 * the funnel, per breakdown, the sessions' fill and no-show rates and the median days to signing; and the
 * period's first and last day.
 */
@MicronautTest(transactional = false)
class FunnelFiguresTest {

    @Serdeable
    record Funnel(long registered, long invited, long invitationRedeemed, long booked, long attended, long signed,
                  long registeredWithDuo, @Nullable Double medianDaysToSigning) {
    }

    @Serdeable
    record Group(String key, String label, Funnel funnel) {
    }

    @Serdeable
    record Sessions(long sessionsHeld, long capacity, long seatsTaken, long present, long noShows, @Nullable Double fillRatePercent,
                    @Nullable Double noShowRatePercent) {
    }

    @Serdeable
    record Held(UUID id, String title, long capacity, long seatsTaken, long present, long noShows, @Nullable Double fillRatePercent,
                @Nullable Double noShowRatePercent) {
    }

    @Serdeable
    record Figures(String municipality, LocalDate from, LocalDate to, @Nullable String by, Funnel funnel, List<Group> groups,
                   Sessions sessions, List<Held> heldSessions) {
    }

    private final Api api;
    private final FiguresTestData data;

    FunnelFiguresTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.data = new FiguresTestData(api, sql);
    }

    @Test
    void everyCountRateAndTheMedianOfTheScenario() {
        FiguresScenario scenario = new FiguresScenario(data);

        Figures byLanguage = figures(scenario, scenario.from, scenario.to, "language");

        assertEquals(new Funnel(7, 6, 4, 6, 4, 2, 1, 15.0), byLanguage.funnel());
        assertEquals(Map.of("ar", new Funnel(4, 4, 2, 4, 2, 2, 1, 15.0), "pl", new Funnel(3, 2, 2, 2, 2, 0, 0, null)), funnels(byLanguage));
        assertEquals(List.of("Arabisch", "Pools"), byLanguage.groups().stream().map(Group::label).toList());
        assertEquals(new Sessions(2, 14, 6, 5, 1, 42.9, 16.7), byLanguage.sessions());
        assertEquals(List.of(new Held(scenario.morning, "Ochtendworkshop", 10, 5, 4, 1, 50.0, 20.0)), byLanguage.heldSessions().subList(0, 1));
        assertEquals(List.of("Ochtendworkshop", "Middagworkshop"), byLanguage.heldSessions().stream().map(Held::title).toList());
        assertEquals(new Held(byLanguage.heldSessions().get(1).id(), "Middagworkshop", 4, 1, 1, 0, 25.0, 0.0), byLanguage.heldSessions().get(1));

        assertEquals(Map.of("wi2021", new Funnel(4, 4, 2, 4, 2, 2, 1, 15.0), "voluntary", new Funnel(3, 2, 2, 2, 2, 0, 0, null)),
                funnels(figures(scenario, scenario.from, scenario.to, "regime")));
        assertEquals(Map.of("permit-holder", new Funnel(3, 3, 2, 3, 2, 2, 1, 15.0),
                        "family-migrant", new Funnel(1, 1, 0, 1, 0, 0, 0, null),
                        "eu-voluntary", new Funnel(3, 2, 2, 2, 2, 0, 0, null)),
                funnels(figures(scenario, scenario.from, scenario.to, "target-group")));
        Figures bySession = figures(scenario, scenario.from, scenario.to, "session");
        assertEquals(Map.of(scenario.morning.toString(), new Funnel(5, 5, 4, 5, 4, 2, 1, 15.0),
                        scenario.later.toString(), new Funnel(1, 1, 0, 1, 0, 0, 0, null),
                        "", new Funnel(1, 0, 0, 0, 0, 0, 0, null)),
                funnels(bySession));
        assertEquals("geen workshop", bySession.groups().stream().filter(group -> group.key().isEmpty()).findFirst().orElseThrow().label());

        Figures whole = figures(scenario, scenario.from, scenario.to, null);
        assertEquals(byLanguage.funnel(), whole.funnel());
        assertEquals(List.of(), whole.groups());
    }

    @Test
    void theCohortIsTheNewcomersRegisteredFromTheFirstToTheLastDayOfThePeriod() {
        FiguresScenario scenario = new FiguresScenario(data);
        LocalDate today = FiguresTestData.today();

        Figures middle = figures(scenario, today.minusDays(20), today.minusDays(10), "language");
        Figures firstDayOnly = figures(scenario, scenario.from, scenario.from, null);
        Figures lastDayOnly = figures(scenario, scenario.to, scenario.to, null);
        Figures dayBefore = figures(scenario, scenario.from.minusDays(1), scenario.from.minusDays(1), null);

        assertEquals(Map.of("ar", new Funnel(2, 2, 2, 2, 2, 2, 1, 15.0), "pl", new Funnel(1, 1, 1, 1, 1, 0, 0, null)), funnels(middle));
        assertEquals(new Sessions(0, 0, 0, 0, 0, null, null), middle.sessions(), "no session was held in those days");
        assertEquals(1, firstDayOnly.funnel().registered());
        assertEquals(1, lastDayOnly.funnel().registered());
        assertEquals(new Funnel(1, 1, 1, 1, 1, 1, 1, 31.0), dayBefore.funnel(), "the newcomer of the day before is in that day's cohort only");
    }

    private Figures figures(FiguresScenario scenario, LocalDate from, LocalDate to, @Nullable String by) {
        Api.Response response = api.get(FiguresTestData.path(scenario.municipality, "/figures?from=" + from + "&to=" + to
                + (by == null ? "" : "&by=" + by)), "Authorization", scenario.coordinator.token());
        assertEquals(200, response.status(), response.body());
        assertEquals("no-store", response.header("Cache-Control"));
        return response.as(Figures.class);
    }

    private static Map<String, Funnel> funnels(Figures figures) {
        return figures.groups().stream().collect(Collectors.toMap(Group::key, Group::funnel));
    }
}
