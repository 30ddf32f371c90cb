package nl.meedoen.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an export of the service as a spreadsheet does: lines ending in CRLF, fields split by ';', quotes
 * around every field and "" inside them. Anything else fails the test.
 */
public final class CsvLines {

    private CsvLines() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                throw new AssertionError("unquoted character " + c + " at " + i + " in\n" + text);
            }
        }
        if (quoted || field.length() > 0 || !fields.isEmpty()) {
            throw new AssertionError("the file does not end with a whole line: " + text);
        }
        return lines;
    }
}
