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
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline list as a spreadsheet file: exactly the listed newcomers, safe to open, and its download in the audit log. */
@MicronautTest(transactional = false)
class DeadlineExportTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Serdeable
    record Event(String action, String subject) {
    }

    private final Api api;
    private final DeadlineTestData data;

    DeadlineExportTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.data = new DeadlineTestData(api, sql);
    }

    @Test
    void theFileHoldsExactlyTheListedRowsAndItsDownloadIsAudited() {
        String town = data.municipality();
        String coordinator = data.staff(town, "coordinator");
        LocalDate today = DeadlineTestData.today();
        UUID late = data.newcomer(town, "Laat, \"Amal\"", today.minusDays(3));
        UUID formula = data.newcomer(town, "=HYPERLINK(\"http://x\")", today.plusDays(6));
        data.invite(formula, false);
        data.newcomer(town, "Ver Weg", today.plusWeeks(5));

        Api.Response csv = api.get(DeadlineTestData.path(town, "/deadline-list/export?weeks=1"), "Authorization", coordinator);

        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertEquals("no-store", csv.header("Cache-Control"));
        assertEquals("attachment; filename=\"termijnen-" + town + "-" + today + ".csv\"", csv.header("Content-Disposition"),
                "the file is named for the municipality and the day, never for a person");
        List<List<String>> rows = CsvLines.parse(csv.body());
        assertEquals(List.of("naam", "taal", "regime", "start", "termijn", "dagen over", "dagen te laat", "wat ontbreekt", "datum", "kenmerk"),
                rows.getFirst());
        assertEquals(List.of(
                List.of("Laat, \"Amal\"", "ar", "Wi2021", DATE.format(today.minusDays(3).minusYears(3)), DATE.format(today.minusDays(3)), "", "3",
                        "niet uitgenodigd", "", late.toString()),
                List.of("'=HYPERLINK(\"http://x\")", "ar", "Wi2021", DATE.format(today.plusDays(6).minusYears(3)), DATE.format(today.plusDays(6)),
                        "6", "", "uitnodiging niet gebruikt", "", formula.toString())),
                rows.subList(1, rows.size()), "the overdue one first; the one five weeks off is not in a week's list; a formula is defused");

        List<Event> events = api.get(DeadlineTestData.path(town, "/audit-events"), "Authorization", coordinator).asListOf(Event.class);
        assertEquals(List.of("2 rows, weeks=1"), events.stream().filter(event -> event.action().equals("deadline-list.exported"))
                .map(Event::subject).toList(), "one download, one entry in the log");
    }

    @Test
    void lookingAtTheListIsNotAnExport() {
        String town = data.municipality();
        String coordinator = data.staff(town, "coordinator");
        data.newcomer(town, "Bijna", DeadlineTestData.today().plusDays(2));

        data.list(town, coordinator, 1);

        List<Event> events = api.get(DeadlineTestData.path(town, "/audit-events"), "Authorization", coordinator).asListOf(Event.class);
        assertTrue(events.stream().noneMatch(event -> event.action().equals("deadline-list.exported")));
    }
}
