package nl.meedoen.monitoring;

import nl.meedoen.web.SpreadsheetCsv;
import org.jspecify.annotations.Nullable;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures as a spreadsheet: one figure per line (municipality, period, breakdown, group, figure, value),
 * so that a pivot table can lay them out any way, and every line reads on its own. Dates as 31-01-2026,
 * decimals with a comma, as Dutch spreadsheets expect.
 */
final class FiguresCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));
    static final String[] HEADER = {"Gemeentecode", "Gemeente", "Van", "Tot", "Indeling", "Groep", "Cijfer", "Waarde"};
    static final String[] STEPS = {"Geregistreerd", "Uitgenodigd", "Uitnodiging gebruikt", "Workshop geboekt", "Workshop bijgewoond",
            "Ondertekend", "Gemeld bij DUO"};
    static final String MEDIAN = "Mediaan dagen tot ondertekening";
    static final String ALL_NEWCOMERS = "Alle nieuwkomers";
    static final String ALL_SESSIONS = "Alle workshops";

    private final SpreadsheetCsv csv = SpreadsheetCsv.withHeader(HEADER);
    private final String from;
    private final String to;

    private FiguresCsv(java.time.LocalDate from, java.time.LocalDate to) {
        this.from = DAY.format(from);
        this.to = DAY.format(to);
    }

    static SpreadsheetCsv of(MunicipalityFigures figures) {
        FiguresCsv file = new FiguresCsv(figures.from(), figures.to());
        String code = figures.municipality();
        String name = figures.name();
        file.funnel(code, name, "totaal", ALL_NEWCOMERS, texts(figures.funnel()), figures.funnel().medianDaysToSigning());
        for (MunicipalityFigures.Group group : figures.groups()) {
            file.funnel(code, name, breakdownName(figures.by()), group.label(), texts(group.funnel()), group.funnel().medianDaysToSigning());
        }
        SessionFigures sessions = figures.sessions();
        file.line(code, name, "workshops", ALL_SESSIONS, "Workshops gehouden", Long.toString(sessions.sessionsHeld()));
        file.sessions(code, name, ALL_SESSIONS, sessions.capacity(), Long.toString(sessions.seatsTaken()), Long.toString(sessions.present()),
                Long.toString(sessions.noShows()), sessions.fillRatePercent(), sessions.noShowRatePercent(), "");
        for (SessionFigures.Held held : figures.heldSessions()) {
            file.sessions(code, name, held.title() + " · " + MOMENT.format(held.startsAt()), held.capacity(), Long.toString(held.seatsTaken()),
                    Long.toString(held.present()), Long.toString(held.noShows()), held.fillRatePercent(), held.noShowRatePercent(), "");
        }
        return file.csv;
    }

    static SpreadsheetCsv of(PublishedFigures figures) {
        FiguresCsv file = new FiguresCsv(figures.from(), figures.to());
        for (PublishedFigures.Row row : figures.municipalities()) {
            file.published(row);
        }
        file.published(figures.total());
        return file.csv;
    }

    private void published(PublishedFigures.Row row) {
        String code = row.code() == null ? "" : row.code();
        PublishedFigures.Funnel funnel = row.funnel();
        funnel(code, row.name(), "totaal", ALL_NEWCOMERS, new String[] {funnel.registered(), funnel.invited(), funnel.invitationRedeemed(),
                funnel.booked(), funnel.attended(), funnel.signed(), funnel.registeredWithDuo()}, funnel.medianDaysToSigning(),
                FiguresSuppression.HIDDEN);
        PublishedFigures.Sessions sessions = row.sessions();
        line(code, row.name(), "workshops", ALL_SESSIONS, "Workshops gehouden", Long.toString(sessions.sessionsHeld()));
        // Without a session there is no rate at all, rather than one hidden.
        sessions(code, row.name(), ALL_SESSIONS, sessions.capacity(), sessions.seatsTaken(), sessions.present(), sessions.noShows(),
                sessions.fillRatePercent(), sessions.noShowRatePercent(), sessions.sessionsHeld() == 0 ? "" : FiguresSuppression.HIDDEN);
    }

    private void funnel(String code, String name, String breakdown, String group, String[] steps, @Nullable Double median) {
        funnel(code, name, breakdown, group, steps, median, "");
    }

    private void funnel(String code, String name, String breakdown, String group, String[] steps, @Nullable Double median, String absent) {
        for (int i = 0; i < STEPS.length; i++) {
            line(code, name, breakdown, group, STEPS[i], steps[i]);
        }
        line(code, name, breakdown, group, MEDIAN, decimal(median, absent));
    }

    private void sessions(String code, String name, String group, long capacity, String taken, String present, String noShows,
                          @Nullable Double fillRate, @Nullable Double noShowRate, String absent) {
        line(code, name, "workshops", group, "Plaatsen", Long.toString(capacity));
        line(code, name, "workshops", group, "Plaatsen bezet", taken);
        line(code, name, "workshops", group, "Bezettingsgraad (%)", decimal(fillRate, absent));
        line(code, name, "workshops", group, "Aanwezig", present);
        line(code, name, "workshops", group, "Niet gekomen", noShows);
        line(code, name, "workshops", group, "Niet gekomen (%)", decimal(noShowRate, absent));
    }

    private void line(String code, String name, String breakdown, String group, String figure, String value) {
        csv.row(code, name, from, to, breakdown, group, figure, value);
    }

    private static String[] texts(FunnelCounts counts) {
        return java.util.Arrays.stream(counts.steps()).mapToObj(Long::toString).toArray(String[]::new);
    }

    /** A rate or median with a decimal comma; {@code absent} when there is none (no base, or hidden). */
    static String decimal(@Nullable Double value, String absent) {
        return value == null ? absent : new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl"))).format(value);
    }

    private static String breakdownName(@Nullable String by) {
        return switch (by == null ? "" : by) {
            case "language" -> "taal";
            case "target-group" -> "doelgroep";
            case "regime" -> "regime";
            case "session" -> "workshop";
            default -> "totaal";
        };
    }
}
