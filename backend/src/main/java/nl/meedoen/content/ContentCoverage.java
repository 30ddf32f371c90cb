package nl.meedoen.content;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;
import nl.meedoen.locale.LocaleCoverage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How much of the national content exists in each language, counted in the database. */
@Singleton
final class ContentCoverage implements LocaleCoverage {

    private final Database database;

    ContentCoverage(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Coverage> byLocale(List<String> codes) {
        int pages = database.one("SELECT count(*) FROM content_page", row -> row.getInt(1)).orElse(0);
        Map<String, Coverage> found = database.list("""
                        SELECT t.lang,
                               count(*) AS translated,
                               count(*) FILTER (WHERE t.source_version >= p.version) AS up_to_date,
                               count(*) FILTER (WHERE t.source_version >= p.version
                                                  AND t.review_status IN ('source', 'reviewed')) AS reviewed
                          FROM content_text t
                          JOIN content_page p ON p.module = t.module AND p.slug = t.slug
                         GROUP BY t.lang
                        """,
                        row -> {
                            int translated = row.getInt("translated");
                            int upToDate = row.getInt("up_to_date");
                            return Map.entry(row.getString("lang"), new Coverage(pages, translated, upToDate,
                                    row.getInt("reviewed"), translated - upToDate, pages - translated));
                        })
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return codes.stream().collect(Collectors.toMap(Function.identity(),
                code -> found.getOrDefault(code, new Coverage(pages, 0, 0, 0, 0, pages))));
    }
}
