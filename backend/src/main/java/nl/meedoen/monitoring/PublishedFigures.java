package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of every municipality with newcomers or sessions in the period, and their total, with small
 * numbers hidden by {@link FiguresSuppression}: counts are text, a number or {@code <5} or {@code x}; a rate or
 * median is null when a count it is made of is hidden.
 */
@Serdeable
record PublishedFigures(LocalDate from, LocalDate to,
                        @Schema(description = "How small numbers are hidden, in Dutch") String rule,
                        List<Row> municipalities, Row total) {

    static final String RULE = "Aantallen onder de 5 staan als <5. Staat er in een kolom precies één <5, dan is ook het kleinste "
            + "andere getal in die kolom verborgen (x), zodat het niet uit het totaal is terug te rekenen. Percentages en medianen "
            + "staan er niet bij zodra een aantal waaruit ze volgen verborgen is.";

    /** Funnel counts in step order, then seats taken, present and no-shows: the columns that are hidden. */
    private static final int COLUMNS = 10;

    /** One municipality, or the total ({@code code} null). */
    @Serdeable
    record Row(@Nullable String code, String name, Funnel funnel, Sessions sessions) {
    }

    @Serdeable
    record Funnel(String registered, String invited, String invitationRedeemed, String booked, String attended, String signed,
                  String registeredWithDuo, @Nullable Double medianDaysToSigning) {
    }

    @Serdeable
    record Sessions(long sessionsHeld, long capacity, String seatsTaken, String present, String noShows,
                    @Nullable Double fillRatePercent, @Nullable Double noShowRatePercent) {
    }

    /** What is known exactly about one municipality (or all), before anything is hidden. */
    record Exact(@Nullable String code, String name, FunnelCounts funnel, SessionFigures sessions) {

        long[] counts() {
            long[] counts = new long[COLUMNS];
            System.arraycopy(funnel.steps(), 0, counts, 0, 7);
            counts[7] = sessions.seatsTaken();
            counts[8] = sessions.present();
            counts[9] = sessions.noShows();
            return counts;
        }

        /** Without a session held, the seats taken and attendance are 0, as the 0 sessions shown already say. */
        boolean[] knownZero() {
            boolean[] known = new boolean[COLUMNS];
            java.util.Arrays.fill(known, 7, COLUMNS, sessions.sessionsHeld() == 0);
            return known;
        }
    }

    static PublishedFigures of(FiguresPeriod period, List<Exact> municipalities, Exact total) {
        long[][] counts = municipalities.stream().map(Exact::counts).toArray(long[][]::new);
        boolean[][] knownZero = municipalities.stream().map(Exact::knownZero).toArray(boolean[][]::new);
        FiguresSuppression.Shown shown = FiguresSuppression.hide(counts, total.counts(), knownZero);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            rows.add(row(municipalities.get(i), shown.cells()[i]));
        }
        return new PublishedFigures(period.from(), period.to(), RULE, rows, row(total, shown.totals()));
    }

    private static Row row(Exact exact, String[] cells) {
        boolean signedShown = !FiguresSuppression.Shown.isHidden(cells[5]);
        boolean seatsShown = !FiguresSuppression.Shown.isHidden(cells[7]);
        boolean attendanceShown = !FiguresSuppression.Shown.isHidden(cells[8]) && !FiguresSuppression.Shown.isHidden(cells[9]);
        FunnelCounts funnel = exact.funnel();
        SessionFigures sessions = exact.sessions();
        return new Row(exact.code(), exact.name(),
                new Funnel(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6],
                        signedShown ? funnel.medianDaysToSigning() : null),
                new Sessions(sessions.sessionsHeld(), sessions.capacity(), cells[7], cells[8], cells[9],
                        seatsShown ? sessions.fillRatePercent() : null, attendanceShown ? sessions.noShowRatePercent() : null));
    }
}
