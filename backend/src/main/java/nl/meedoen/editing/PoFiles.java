package nl.meedoen.editing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU gettext PO files: one entry per unit, its id as {@code msgctxt}, the source version as an
 * extracted comment ({@code #. source-version: 3}). The reader is strict: UTF-8 only, every line a
 * comment, a keyword with a quoted string, a continuation string or empty; plural forms are refused,
 * because Meedoen's pages have none.
 */
final class PoFiles {

    private static final Pattern KEYWORD = Pattern.compile("^(msgctxt|msgid|msgstr)\\s+(\".*\")\\s*$");
    private static final Pattern VERSION = Pattern.compile("^#\\.\\s*source-version:\\s*(\\d+)\\s*$");
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^Language:\\s*([A-Za-z_-]+)\\s*$");

    private PoFiles() {
    }

    static byte[] write(String lang, List<TranslationUnit> units) {
        StringBuilder po = new StringBuilder();
        po.append("# Meedoen: national content for translation from Dutch (nl) into ").append(lang).append('\n');
        po.append("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: ")
                .append(lang).append("\\n\"\n\"Source-Language: nl\\n\"\n");
        for (TranslationUnit unit : units) {
            po.append('\n');
            po.append("#. source-version: ").append(unit.sourceVersion()).append('\n');
            po.append("#. status: ").append(unit.note()).append('\n');
            po.append("msgctxt ").append(quoted(unit.id())).append('\n');
            po.append("msgid ").append(quoted(unit.source())).append('\n');
            po.append("msgstr ").append(quoted(unit.target())).append('\n');
        }
        return po.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<TranslationUnit> read(byte[] bytes, String lang) {
        String text = utf8(bytes);
        List<TranslationUnit> units = new ArrayList<>();
        Entry entry = new Entry();
        String language = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher version = VERSION.matcher(line);
            if (line.startsWith("#")) {
                if (entry.started()) {
                    language = entry.finish(units, language, number);
                    entry = new Entry();
                }
                if (version.matches()) {
                    entry.version = version.group(1);
                }
                continue;
            }
            Matcher keyword = KEYWORD.matcher(line);
            if (keyword.matches()) {
                String name = keyword.group(1);
                if (name.equals("msgctxt") && entry.started() || name.equals("msgid") && entry.id != null) {
                    language = entry.finish(units, language, number);
                    String carried = name.equals("msgctxt") ? null : entry.context;
                    entry = new Entry();
                    entry.context = carried;
                }
                entry.current = name;
                entry.append(unquote(keyword.group(2), number));
            } else if (line.startsWith("\"") && entry.current != null) {
                entry.append(unquote(line, number));
            } else if (line.startsWith("msgid_plural") || line.startsWith("msgstr[")) {
                throw new InvalidTranslatorFile("Line " + number + ": plural forms are not used in Meedoen's texts.");
            } else {
                throw new InvalidTranslatorFile("Line " + number + " is not PO: " + abbreviated(line));
            }
        }
        if (entry.started()) {
            language = entry.finish(units, language, lines.length);
        }
        if (language == null || !language.equals(lang)) {
            throw new InvalidTranslatorFile("The file is for language '" + language + "', not for '" + lang + "'.");
        }
        return units;
    }

    /** The entry being read: its three strings as far as read, and which of them continuation lines extend. */
    private static final class Entry {
        String version;
        String context;
        String id;
        String translation;
        String current;

        boolean started() {
            return current != null;
        }

        void append(String part) {
            switch (current) {
                case "msgctxt" -> context = context == null ? part : context + part;
                case "msgid" -> id = id == null ? part : id + part;
                default -> translation = translation == null ? part : translation + part;
            }
        }

        /** Adds the entry as a unit, or reads the header's language; returns the language known so far. */
        String finish(List<TranslationUnit> units, String language, int line) {
            if (id == null || translation == null) {
                throw new InvalidTranslatorFile("Line " + line + ": an entry needs msgid and msgstr.");
            }
            if (context == null && id.isEmpty()) {
                Matcher matcher = LANGUAGE.matcher(translation);
                return matcher.find() ? matcher.group(1) : language;
            }
            if (context == null) {
                throw new InvalidTranslatorFile("Line " + line + ": an entry without msgctxt names no unit.");
            }
            units.add(new TranslationUnit(context, id, translation, XliffFiles.number(context, version == null ? "" : version), ""));
            return language;
        }
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder();
        String[] lines = value.split("(?<=\n)", -1);
        if (lines.length > 1) {
            out.append("\"\"");
            for (String line : lines) {
                if (!line.isEmpty()) {
                    out.append("\n\"").append(escape(line)).append('"');
                }
            }
            return out.toString();
        }
        return "\"" + escape(value) + "\"";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static String unquote(String quoted, int line) {
        if (quoted.length() < 2 || !quoted.endsWith("\"")) {
            throw new InvalidTranslatorFile("Line " + line + ": a string must end with a quote.");
        }
        String inner = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '"') {
                throw new InvalidTranslatorFile("Line " + line + ": a quote inside a string must be written \\\".");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == inner.length()) {
                throw new InvalidTranslatorFile("Line " + line + ": a string ends in a lone backslash.");
            }
            out.append(switch (inner.charAt(i)) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case '"' -> '"';
                case '\\' -> '\\';
                default -> throw new InvalidTranslatorFile("Line " + line + ": unknown escape \\" + inner.charAt(i) + ".");
            });
        }
        return out.toString();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidTranslatorFile("The file is not UTF-8.");
        }
    }

    private static String abbreviated(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
