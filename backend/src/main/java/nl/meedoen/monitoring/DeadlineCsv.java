package nl.meedoen.monitoring;

import nl.meedoen.web.SpreadsheetCsv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The deadline list as CSV, in Dutch as the staff screens are, dates as Dutch spreadsheets read them.
 * Days late are a column of their own: a negative number would start with a minus, which the
 * spreadsheet-safe writer defuses as if it were a formula.
 */
final class DeadlineCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static final Map<String, String> MISSING = Map.of(
            DeadlineEntry.NOT_INVITED, "niet uitgenodigd",
            DeadlineEntry.INVITATION_NOT_REDEEMED, "uitnodiging niet gebruikt",
            DeadlineEntry.NOT_BOOKED, "geen workshop gekozen",
            DeadlineEntry.BOOKED, "aangemeld voor een workshop",
            DeadlineEntry.WAITLISTED, "op de wachtlijst van een workshop",
            DeadlineEntry.NO_SHOW, "niet gekomen naar de workshop",
            DeadlineEntry.ATTENDED_NOT_SIGNED, "workshop gevolgd, niet getekend",
            DeadlineEntry.REFUSED, "weigerde te tekenen");

    private DeadlineCsv() {
    }

    static SpreadsheetCsv of(DeadlineList.Answer answer) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeader("naam", "taal", "regime", "start", "termijn", "dagen over", "dagen te laat",
                "wat ontbreekt", "datum", "kenmerk");
        for (DeadlineEntry entry : answer.newcomers()) {
            csv.row(entry.name(), entry.preferredLanguage(), entry.regime().equals("wi2021") ? "Wi2021" : "Wi2013", date(entry.obligationStart()),
                    date(entry.deadline()), entry.overdue() ? "" : Long.toString(entry.daysLeft()),
                    entry.overdue() ? Long.toString(-entry.daysLeft()) : "", MISSING.get(entry.missing()),
                    date(entry.date()), entry.newcomerId().toString());
        }
        return csv;
    }

    private static String date(@org.jspecify.annotations.Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
