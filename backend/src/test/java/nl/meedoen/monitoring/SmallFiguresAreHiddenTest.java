package nl.meedoen.monitoring;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.CsvLines;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin's figures across municipalities, in February 2011 (a month no other test uses): Kleinstad has 3
 * newcomers, Middenstad 8 and Grootstad 12. Counts below 5 read "<5" in the JSON and the CSV, and no hidden
 * count can be worked out from a total.
 */
@MicronautTest(transactional = false)
class SmallFiguresAreHiddenTest {

    private static final LocalDate FROM = LocalDate.of(2011, 2, 1);
    private static final LocalDate TO = LocalDate.of(2011, 2, 28);

    @Serdeable
    record Funnel(String registered, String invited, String invitationRedeemed, String booked, String attended, String signed,
                  String registeredWithDuo, @Nullable Double medianDaysToSigning) {
    }

    @Serdeable
    record Sessions(long sessionsHeld, long capacity, String seatsTaken, String present, String noShows, @Nullable Double fillRatePercent,
                    @Nullable Double noShowRatePercent) {
    }

    @Serdeable
    record Row(@Nullable String code, String name, Funnel funnel, Sessions sessions) {
    }

    @Serdeable
    record Published(LocalDate from, LocalDate to, String rule, List<Row> municipalities, Row total) {
    }

    private final Api api;
    private final Sql sql;
    private final FiguresTestData data;

    SmallFiguresAreHiddenTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new FiguresTestData(api, sql);
    }

    @Test
    void countsBelowFiveAndWhatWouldGiveThemAwayAreHidden() {
        String small = town("Kleinstad", 3, 3, 10, 3, 0);
        String middle = town("Middenstad", 8, 6, 20, 6, 2);
        String large = town("Grootstad", 12, 10, 0, 0, 0);
        String admin = data.admin();

        Api.Response response = api.get("/api/v1/figures?from=" + FROM + "&to=" + TO, "Authorization", admin);

        assertEquals(200, response.status(), response.body());
        Published figures = response.as(Published.class);
        assertEquals(List.of(large, small, middle), figures.municipalities().stream().map(Row::code).toList(), "by name");
        Map<String, Row> rows = figures.municipalities().stream().collect(Collectors.toMap(Row::code, Function.identity()));
        assertEquals(new Funnel("<5", "<5", "<5", "<5", "<5", "<5", "<5", null), rows.get(small).funnel());
        assertEquals(new Funnel("x", "x", "<5", "8", "6", "<5", "<5", null), rows.get(middle).funnel(),
                "the smallest other count of a column with one <5 is hidden too");
        assertEquals(new Funnel("12", "10", "<5", "<5", "<5", "<5", "<5", null), rows.get(large).funnel());
        assertEquals(new Funnel("23", "19", "<5", "11", "9", "<5", "<5", null), figures.total().funnel());
        assertEquals(new Sessions(1, 10, "<5", "<5", "<5", null, null), rows.get(small).sessions());
        assertEquals(new Sessions(1, 20, "x", "x", "<5", null, null), rows.get(middle).sessions());
        assertEquals(new Sessions(0, 0, "0", "0", "0", null, null), rows.get(large).sessions(), "without a session there is nothing to hide");
        assertEquals(new Sessions(2, 30, "11", "9", "<5", 36.7, null), figures.total().sessions());
        assertNull(figures.total().code());
        assertNoHiddenCountFollowsFromATotal(figures);

        Api.Response file = api.get("/api/v1/figures/export?from=" + FROM + "&to=" + TO, "Authorization", admin);
        assertEquals(200, file.status(), file.body());
        List<List<String>> lines = CsvLines.parse(file.body());
        assertEquals(1 + 4 * 15, lines.size(), "a header, then 15 figures for each municipality and the total");
        Map<String, String> values = lines.stream().skip(1)
                .collect(Collectors.toMap(line -> line.get(0) + "|" + line.get(6) + "|" + line.get(5), line -> line.get(7)));
        assertEquals("<5", values.get(small + "|Geregistreerd|Alle nieuwkomers"));
        assertEquals("<5", values.get(small + "|Plaatsen bezet|Alle workshops"));
        assertEquals("x", values.get(middle + "|Geregistreerd|Alle nieuwkomers"));
        assertEquals("x", values.get(middle + "|Bezettingsgraad (%)|Alle workshops"));
        assertEquals("23", values.get("|Geregistreerd|Alle nieuwkomers"));
        assertEquals("36,7", values.get("|Bezettingsgraad (%)|Alle workshops"));
        assertTrue(values.values().stream().allMatch(value -> value.matches("\\d+(,\\d)?|<5|x|")), values.toString());
        assertEquals(List.of(FROM + " to " + TO + " across municipalities"), sql.list(
                "SELECT subject FROM audit_event WHERE action = 'figures.exported' AND municipality_code IS NULL AND subject LIKE '2011-02-01%'",
                row -> row.getString(1)));
    }

    /** In every column whose total is shown, the number of hidden municipality cells is never exactly one. */
    private static void assertNoHiddenCountFollowsFromATotal(Published figures) {
        List<Function<Row, String>> columns = List.of(row -> row.funnel().registered(), row -> row.funnel().invited(),
                row -> row.funnel().invitationRedeemed(), row -> row.funnel().booked(), row -> row.funnel().attended(),
                row -> row.funnel().signed(), row -> row.funnel().registeredWithDuo(), row -> row.sessions().seatsTaken(),
                row -> row.sessions().present(), row -> row.sessions().noShows());
        for (int column = 0; column < columns.size(); column++) {
            Function<Row, String> cell = columns.get(column);
            if (hidden(cell.apply(figures.total()))) {
                continue;
            }
            long hiddenCells = figures.municipalities().stream().map(cell).filter(SmallFiguresAreHiddenTest::hidden).count();
            assertTrue(hiddenCells != 1, "column " + column + " has one hidden cell beside a total shown");
        }
    }

    private static boolean hidden(String cell) {
        return cell.equals("<5") || cell.equals("x");
    }

    /**
     * A municipality with newcomers registered in February 2011, of whom {@code invited} had a letter, and, when
     * {@code capacity} is above 0, a session in that month with {@code present + noShows} of them booked.
     */
    private String town(String name, int newcomers, int invited, int capacity, int present, int noShows) {
        String code = data.municipality(name);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < newcomers; i++) {
            UUID newcomer = data.newcomer(code, i % 2 == 0 ? "ar" : "ti", "permit-holder", FROM.plusDays(i));
            if (i < invited) {
                data.invitation(newcomer, false, false);
            }
            people.add(newcomer);
        }
        if (capacity > 0) {
            UUID session = data.session(code, "Waardenworkshop", FROM.plusDays(20), capacity, "planned");
            for (int i = 0; i < present + noShows; i++) {
                data.booking(people.get(i), session, "confirmed");
                data.attendance(session, people.get(i), i < present ? "present" : "no-show");
            }
        }
        return code;
    }
}
