package nl.meedoen.municipality;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrator's way to add real municipalities: a CSV file of CBS code and name, given as
 * {@code MEEDOEN_IMPORT_MUNICIPALITIES=/path/to/file.csv}, is imported at start-up. Known codes are
 * renamed, new ones added; nothing is removed. A file with any bad line is rejected as a whole.
 */
@Singleton
@Requires(property = "meedoen.import.municipalities")
final class MunicipalityCsvImport {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityCsvImport.class);

    /** One line of the file. */
    record Line(String code, String name) {
    }

    private final MunicipalityDirectory municipalities;
    private final Path file;

    MunicipalityCsvImport(MunicipalityDirectory municipalities, @Value("${meedoen.import.municipalities}") String file) {
        this.municipalities = municipalities;
        this.file = Path.of(file);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the municipalities file " + file, e);
        }
        List<Line> parsed = parse(lines);
        municipalities.saveAll(parsed.stream().map(line -> Map.entry(line.code(), line.name())).toList());
        LOG.info("Imported {} municipalities from {}", parsed.size(), file);
    }

    /** Lines of "GM0153,Enschede" (or with ';'); an optional header line and blank lines are skipped. */
    static List<Line> parse(List<String> lines) {
        List<Line> result = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase().startsWith("code"))) {
                continue;
            }
            String[] fields = line.split("[,;]", 2);
            String code = fields[0].strip().replace("\"", "").toUpperCase();
            String name = fields.length > 1 ? fields[1].strip().replaceAll("^\"|\"$", "") : "";
            if (!MunicipalityDirectory.isCode(code) || name.isEmpty()) {
                errors.add("line " + (i + 1) + ": expected 'GM0153,Enschede', found '" + line + "'");
                continue;
            }
            result.add(new Line(code, name));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The municipalities file has errors; nothing was imported:\n" + String.join("\n", errors));
        }
        return result;
    }
}
