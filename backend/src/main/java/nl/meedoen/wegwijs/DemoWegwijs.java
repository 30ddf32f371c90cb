package nl.meedoen.wegwijs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.meedoen.content.MarkdownRenderer;
import nl.meedoen.database.Database;
import nl.meedoen.municipality.DemoMunicipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The demo municipality's welcome, local pages and places ({@code demo/voorbeeldstad.yaml}). Written
 * once, when the municipality has no welcome yet; later edits are never overwritten.
 */
@Singleton
@Requires(property = "meedoen.demo-data", value = "true")
class DemoWegwijs {

    private static final Logger LOG = LoggerFactory.getLogger(DemoWegwijs.class);

    private final DemoMunicipality municipality;
    private final Database database;
    private final MarkdownRenderer markdown;

    DemoWegwijs(DemoMunicipality municipality, Database database, MarkdownRenderer markdown) {
        this.municipality = municipality;
        this.database = database;
        this.markdown = markdown;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Map<String, Object> demo = municipality.ensure();
        String code = DemoMunicipality.CODE;
        database.inTransaction(() -> {
            database.one("SELECT pg_advisory_xact_lock(hashtext(?))", row -> true, "demo-wegwijs-" + code);
            if (database.one("SELECT 1 FROM municipality_welcome WHERE municipality_code = ? LIMIT 1", row -> true, code).isPresent()) {
                return null;
            }
            welcome(code, map(demo.get("welcome")));
            for (Map<String, Object> page : list(demo.get("pages"))) {
                localPage(code, page);
            }
            for (Map<String, Object> place : list(demo.get("places"))) {
                place(code, place);
            }
            LOG.info("Loaded wegwijs of the demo municipality {} ({}): fictional data for trying Meedoen out", demo.get("name"), code);
            return null;
        });
    }

    private void welcome(String code, Map<String, Object> texts) {
        texts.forEach((lang, text) -> database.update(
                "INSERT INTO municipality_welcome (municipality_code, lang, body_html, review_status) VALUES (?, ?, ?, ?)",
                code, lang, markdown.toSafeHtml((String) text), status(lang)));
    }

    private void localPage(String code, Map<String, Object> page) {
        String slug = (String) page.get("slug");
        int version = (Integer) page.get("version");
        database.update("INSERT INTO local_page (municipality_code, slug, position, version) VALUES (?, ?, ?, ?)",
                code, slug, page.get("position"), version);
        map(page.get("texts")).forEach((lang, value) -> {
            Map<String, Object> text = map(value);
            String body = (String) text.get("body");
            database.update("""
                    INSERT INTO local_page_text (municipality_code, slug, lang, title, summary, body_html, word_count,
                                                 source_version, review_status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, code, slug, lang, text.get("title"), text.get("summary"), markdown.toSafeHtml(body),
                    markdown.wordCount(body), version, status(lang));
        });
    }

    private void place(String code, Map<String, Object> place) {
        long id = database.one("""
                INSERT INTO place (municipality_code, topic, name, street, postcode, city, phone, email, website)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id
                """, row -> row.getLong(1), code, place.get("topic"), place.get("name"), place.get("street"),
                place.get("postcode"), place.get("city"), place.get("phone"), place.get("email"), place.get("website")).orElseThrow();
        map(place.get("note")).forEach((lang, note) -> database.update(
                "INSERT INTO place_note (place_id, lang, note, review_status) VALUES (?, ?, ?, ?)", id, lang, note, status(lang)));
        map(place.get("hours")).forEach((weekday, range) -> {
            String[] times = ((String) range).split("-");
            database.update("INSERT INTO opening_hours (place_id, weekday, opens, closes) VALUES (?, ?, ?, ?)",
                    id, Integer.parseInt(weekday), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        });
    }

    /** Dutch is the source; the demo's translations have not been reviewed. */
    private static String status(String lang) {
        return lang.equals("nl") ? "source" : "unreviewed";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, v) -> result.put(String.valueOf(key), v));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
