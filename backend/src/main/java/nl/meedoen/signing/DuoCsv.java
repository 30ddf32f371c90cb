package nl.meedoen.signing;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The DUO worklist as CSV for a spreadsheet: semicolon-separated (as Dutch spreadsheets expect), every
 * field quoted, and a field that a spreadsheet would read as a formula (starting with =, +, -, @, a
 * tab or a carriage return) prefixed with an apostrophe, so that a name can never run as one.
 */
final class DuoCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private DuoCsv() {
    }

    static String of(List<DuoWorklist.Entry> entries) {
        StringBuilder csv = new StringBuilder("\"naam\";\"datum ondertekening\";\"resultaat\";\"kenmerk\"\r\n");
        for (DuoWorklist.Entry entry : entries) {
            csv.append(field(entry.name())).append(';')
                    .append(field(DATE.format(entry.date()))).append(';')
                    .append(field(entry.result().equals("signed") ? "ondertekend" : "geweigerd")).append(';')
                    .append(field(entry.signatureId().toString())).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
