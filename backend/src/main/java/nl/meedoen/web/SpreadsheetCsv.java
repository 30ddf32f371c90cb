package nl.meedoen.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/**
 * A CSV file that is safe to open in a spreadsheet: semicolon-separated (as Dutch spreadsheets expect),
 * every field quoted, and a field that a spreadsheet would read as a formula (starting with =, +, -, @,
 * a tab or a carriage return) prefixed with an apostrophe, so that a name typed by anyone can never run
 * as one. Every export of the service is written with it.
 */
public final class SpreadsheetCsv {

    private final StringBuilder text = new StringBuilder();

    private SpreadsheetCsv(List<String> header) {
        row(header);
    }

    public static SpreadsheetCsv withHeader(String... header) {
        return new SpreadsheetCsv(List.of(header));
    }

    public SpreadsheetCsv row(String... fields) {
        return row(List.of(fields));
    }

    public SpreadsheetCsv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    /** The file as a download named {@code fileName}. */
    public MutableHttpResponse<String> download(String fileName) {
        return HttpResponse.ok(toString())
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
