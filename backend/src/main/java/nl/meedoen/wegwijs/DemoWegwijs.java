package nl.meedoen.wegwijs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.content.MarkdownRenderer;
import nl.meedoen.municipality.DemoMunicipality;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo municipality's welcome, local pages and places ({@code demo/voorbeeldstad.yaml}). Written
 * once, when the municipality has no welcome yet; later edits are never overwritten.
 */
@Singleton
@Requires(property = "meedoen.demo-data", value = "true")
class DemoWegwijs {

    private static final Logger LOG = LoggerFactory.getLogger(DemoWegwijs.class);

    private final DemoMunicipality municipality;
    private final Welcomes welcomes;
    private final LocalPages pages;
    private final LocalPageTexts pageTexts;
    private final Places places;
    private final PlaceNotes notes;
    private final OpeningHoursRows openingHours;
    private final SpecialDays specialDays;
    private final SpecialDayHoursRows specialDayHours;
    private final MarkdownRenderer markdown;

    DemoWegwijs(DemoMunicipality municipality, Welcomes welcomes, LocalPages pages, LocalPageTexts pageTexts,
                Places places, PlaceNotes notes, OpeningHoursRows openingHours, SpecialDays specialDays,
                SpecialDayHoursRows specialDayHours, MarkdownRenderer markdown) {
        this.municipality = municipality;
        this.welcomes = welcomes;
        this.pages = pages;
        this.pageTexts = pageTexts;
        this.places = places;
        this.notes = notes;
        this.openingHours = openingHours;
        this.specialDays = specialDays;
        this.specialDayHours = specialDayHours;
        this.markdown = markdown;
    }

    /** The municipality itself and its wegwijs are written in one transaction, so they appear together or not at all. */
    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        Map<String, Object> demo = municipality.ensure();
        String code = DemoMunicipality.CODE;
        welcomes.lock("demo-wegwijs-" + code);
        if (welcomes.existsByKeyMunicipalityCode(code)) {
            return;
        }
        welcome(code, map(demo.get("welcome")));
        list(demo.get("pages")).forEach(page -> localPage(code, page));
        list(demo.get("places")).forEach(place -> place(code, place));
        LOG.info("Loaded wegwijs of the demo municipality {} ({}): fictional data for trying Meedoen out", demo.get("name"), code);
    }

    private void welcome(String code, Map<String, Object> texts) {
        texts.forEach((lang, text) -> welcomes.save(new StoredWelcome(new StoredWelcome.Key(code, lang),
                markdown.toSafeHtml((String) text), status(lang))));
    }

    private void localPage(String code, Map<String, Object> page) {
        String slug = (String) page.get("slug");
        int version = (Integer) page.get("version");
        pages.save(new StoredLocalPage(new StoredLocalPage.Key(code, slug), (Integer) page.get("position"), version));
        map(page.get("texts")).forEach((lang, value) -> {
            Map<String, Object> text = map(value);
            String body = (String) text.get("body");
            pageTexts.save(new StoredLocalPageText(new StoredLocalPageText.Key(code, slug, lang), (String) text.get("title"),
                    (String) text.get("summary"), body, markdown.toSafeHtml(body), markdown.wordCount(body), version, status(lang)));
        });
    }

    private void place(String code, Map<String, Object> place) {
        // Places without a position share the first one and are ordered by name, as the column's default has it.
        StoredPlace saved = places.save(new StoredPlace(null, code, (String) place.get("topic"),
                (Integer) place.getOrDefault("position", 1), (String) place.get("name"), (String) place.get("street"),
                (String) place.get("postcode"), (String) place.get("city"), (String) place.get("phone"),
                (String) place.get("email"), (String) place.get("website")));
        long id = requireId(saved);
        map(place.get("note")).forEach((lang, note) ->
                notes.save(new StoredPlaceNote(new StoredPlaceNote.Key(id, lang), (String) note, status(lang))));
        map(place.get("hours")).forEach((weekday, ranges) -> periods((String) ranges).forEach(period ->
                openingHours.save(new StoredOpeningHours(
                        new StoredOpeningHours.Key(id, Integer.parseInt(weekday), period.opens()), period.closes()))));
        if (place.get("publicHolidays") instanceof String ranges) {
            specialDay(StoredSpecialDay.onPublicHolidays(id), ranges);
        }
        map(place.get("dates")).forEach((date, ranges) -> specialDay(StoredSpecialDay.onDate(id, LocalDate.parse(date)), (String) ranges));
    }

    private void specialDay(StoredSpecialDay day, String ranges) {
        long id = Objects.requireNonNull(specialDays.save(day).id(), "The database gave no id to a special day");
        periods(ranges).forEach(period ->
                specialDayHours.save(new StoredSpecialDayHours(new StoredSpecialDayHours.Key(id, period.opens()), period.closes())));
    }

    /** "closed", or periods such as "09:00-12:00, 13:00-17:00" and "17:00-08:00" (until the next morning). */
    private static List<Period> periods(String ranges) {
        if (ranges.equals("closed")) {
            return List.of();
        }
        return Arrays.stream(ranges.split(",")).map(Period::parse).toList();
    }

    private static long requireId(StoredPlace place) {
        if (place.id() == null) {
            throw new IllegalStateException("The database gave no id to the place " + place.name());
        }
        return place.id();
    }

    /** Dutch is the source; the demo's translations have not been reviewed. */
    private static String status(String lang) {
        return lang.equals("nl") ? "source" : "unreviewed";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object value) {
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, v) -> result.put(String.valueOf(key), v));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(@Nullable Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
