package nl.meedoen.signing;

import nl.meedoen.web.SpreadsheetCsv;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The DUO worklist as CSV, with the columns in the order the portal asks for them. */
final class DuoCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private DuoCsv() {
    }

    static SpreadsheetCsv of(List<DuoWorklist.Entry> entries) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeader("naam", "datum ondertekening", "resultaat", "kenmerk");
        for (DuoWorklist.Entry entry : entries) {
            csv.row(entry.name(), DATE.format(entry.date()), entry.result().equals("signed") ? "ondertekend" : "geweigerd",
                    entry.signatureId().toString());
        }
        return csv;
    }
}
