package nl.meedoen.monitoring;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.CsvLines;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coordinator's figures as a CSV file: it parses, holds exactly the scenario's figures, and the download
 * is in the audit log while looking at the figures is not. Bad periods and breakdowns are 400s naming the parameter.
 */
@MicronautTest(transactional = false)
class FiguresExportTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Serdeable
    record Event(String action, String subject) {
    }

    @Serdeable
    record InvalidParam(String name, String reason) {
    }

    @Serdeable
    record Problem(int status, String detail, List<InvalidParam> invalidParams) {
    }

    private final Api api;
    private final FiguresTestData data;

    FiguresExportTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.data = new FiguresTestData(api, sql);
    }

    @Test
    void theFileHoldsExactlyTheFiguresAndItsDownloadIsAudited() {
        FiguresScenario scenario = new FiguresScenario(data);
        String query = "?from=" + scenario.from + "&to=" + scenario.to + "&by=language";
        assertEquals(200, api.get(FiguresTestData.path(scenario.municipality, "/figures" + query), "Authorization", scenario.coordinator.token())
                .status());

        Api.Response file = api.get(FiguresTestData.path(scenario.municipality, "/figures/export" + query), "Authorization",
                scenario.coordinator.token());

        assertEquals(200, file.status(), file.body());
        assertTrue(file.header("Content-Type").startsWith("text/csv"));
        assertEquals("attachment; filename=\"cijfers-" + scenario.municipality + "-" + scenario.from + "-" + scenario.to + ".csv\"",
                file.header("Content-Disposition"));
        assertEquals(expectedLines(scenario), CsvLines.parse(file.body()));

        List<Event> events = api.get(FiguresTestData.path(scenario.municipality, "/audit-events?limit=100"), "Authorization",
                scenario.coordinator.token()).asListOf(Event.class);
        assertEquals(List.of(new Event("figures.exported", scenario.from + " to " + scenario.to + " by language")),
                events.stream().filter(event -> event.action().startsWith("figures")).toList(), "the download only, once");
    }

    @Test
    void badParametersAreNamed() {
        String municipality = data.municipality("Foutstad");
        FiguresTestData.Staff coordinator = data.staff(municipality, "coordinator");
        Map<String, String> expected = Map.of(
                "?from=2026-03-01&to=2026-02-01", "from",
                "?from=2026-01-01&to=2026-02-01&by=postcode", "by",
                "?from=2026-13-01&to=2026-02-01", "from",
                "?from=2026-01-01&to=1-2-2026", "to",
                "?from=2020-01-01&to=2026-01-02", "to",
                "?to=2026-01-02", "from");
        expected.forEach((query, parameter) -> {
            for (String path : List.of(FiguresTestData.path(municipality, "/figures" + query),
                    FiguresTestData.path(municipality, "/figures/export" + query))) {
                Api.Response response = api.get(path, "Authorization", coordinator.token());
                assertEquals(400, response.status(), path);
                assertEquals("application/problem+json", response.header("Content-Type"));
                assertEquals(parameter, response.as(Problem.class).invalidParams().getFirst().name(), path);
            }
        });
        Api.Response admin = api.get("/api/v1/figures?from=2026-02-01&to=2026-01-01", "Authorization", data.admin());
        assertEquals(400, admin.status());
        assertEquals("from", admin.as(Problem.class).invalidParams().getFirst().name());
    }

    private static List<List<String>> expectedLines(FiguresScenario scenario) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Gemeentecode", "Gemeente", "Van", "Tot", "Indeling", "Groep", "Cijfer", "Waarde"));
        String[] steps = {"Geregistreerd", "Uitgenodigd", "Uitnodiging gebruikt", "Workshop geboekt", "Workshop bijgewoond", "Ondertekend",
                "Gemeld bij DUO", "Mediaan dagen tot ondertekening"};
        add(lines, scenario, "totaal", "Alle nieuwkomers", steps, "7", "6", "4", "6", "4", "2", "1", "15");
        add(lines, scenario, "taal", "Arabisch", steps, "4", "4", "2", "4", "2", "2", "1", "15");
        add(lines, scenario, "taal", "Pools", steps, "3", "2", "2", "2", "2", "0", "0", "");
        String[] seats = {"Plaatsen", "Plaatsen bezet", "Bezettingsgraad (%)", "Aanwezig", "Niet gekomen", "Niet gekomen (%)"};
        add(lines, scenario, "workshops", "Alle workshops", new String[] {"Workshops gehouden"}, "2");
        add(lines, scenario, "workshops", "Alle workshops", seats, "14", "6", "42,9", "5", "1", "16,7");
        LocalDate today = FiguresTestData.today();
        add(lines, scenario, "workshops", "Ochtendworkshop · " + DAY.format(today.minusDays(3)) + " 10:00", seats, "10", "5", "50", "4", "1", "20");
        add(lines, scenario, "workshops", "Middagworkshop · " + DAY.format(today.minusDays(1)) + " 10:00", seats, "4", "1", "25", "1", "0", "0");
        return lines;
    }

    private static void add(List<List<String>> lines, FiguresScenario scenario, String breakdown, String group, String[] figures,
                            String... values) {
        for (int i = 0; i < figures.length; i++) {
            lines.add(List.of(scenario.municipality, "Cijferstad " + scenario.municipality, DAY.format(scenario.from), DAY.format(scenario.to),
                    breakdown, group, figures[i], values[i]));
        }
    }
}
