package nl.meedoen.wegwijs;

import nl.meedoen.municipality.Municipality;
import nl.meedoen.municipality.MunicipalityDirectory;
import jakarta.inject.Singleton;
import nl.meedoen.content.ContentModule;
import nl.meedoen.content.ContentReader;
import nl.meedoen.content.Outline;
import nl.meedoen.content.PageView;
import nl.meedoen.content.TextStatus;
import nl.meedoen.locale.SupportedLocale;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Wegwijs for one municipality: national topics merged with the municipality's own pages and places. */
@Singleton
final class WegwijsReader {

    private final MunicipalityDirectory directory;
    private final ContentReader national;
    private final LocalContent local;
    private final OpeningHoursFormatter hours;
    private final Clock clock;

    WegwijsReader(MunicipalityDirectory directory, ContentReader national, LocalContent local, OpeningHoursFormatter hours,
                  Clock clock) {
        this.directory = directory;
        this.national = national;
        this.local = local;
        this.hours = hours;
        this.clock = clock;
    }

    WegwijsTopics topics(String code, SupportedLocale reader) {
        Municipality municipality = directory.require(code);
        Map<String, Long> placesPerTopic = local.places(municipality.code(), reader.chain()).stream()
                .collect(Collectors.groupingBy(LocalPlace::topic, Collectors.counting()));
        List<WegwijsTopics.Topic> topics = new ArrayList<>();
        for (LocalPageText page : local.pages(municipality.code(), reader.chain())) {
            topics.add(new WegwijsTopics.Topic(page.slug(), "local", page.title(), page.summary(),
                    national.readingTime(reader, page.wordCount()), page.lang(), national.dir(page.lang()),
                    !page.lang().equals(reader.code()), TextStatus.of(page.reviewStatus(), page.madeFromVersion(), page.version()),
                    placesPerTopic.getOrDefault(page.slug(), 0L).intValue()));
        }
        for (Outline.Entry entry : national.outline(ContentModule.WEGWIJS, reader).pages()) {
            topics.add(new WegwijsTopics.Topic(entry.slug(), "national", entry.title(), entry.summary(), entry.readingTime(),
                    entry.textLang(), entry.textDir(), entry.fallback(), entry.status(),
                    placesPerTopic.getOrDefault(entry.slug(), 0L).intValue()));
        }
        WegwijsTopics.Welcome welcome = local.welcome(municipality.code(), reader.chain())
                .map(w -> new WegwijsTopics.Welcome(w.bodyHtml(), w.key().lang(), national.dir(w.key().lang()),
                        !w.key().lang().equals(reader.code()), w.reviewStatus()))
                .orElse(null);
        return new WegwijsTopics(municipality, reader.code(), reader.direction(), welcome, topics);
    }

    WegwijsPage page(String code, String slug, SupportedLocale reader) {
        Municipality municipality = directory.require(code);
        Optional<LocalPageText> localPage = local.page(municipality.code(), slug, reader.chain());
        PageView page = localPage.map(text -> localView(text, reader))
                .orElseGet(() -> national.page(ContentModule.WEGWIJS, slug, reader));
        // Yesterday is included for the night that runs on into today; see WegwijsPage.Place for why a year.
        LocalDate yesterday = TimeInTheNetherlands.now(clock).toLocalDate().minusDays(1);
        Calendar calendar = new Calendar(yesterday, yesterday.plusYears(1));
        Map<Long, PlaceHours> hoursPerPlace = local.hours(municipality.code(), calendar.first());
        List<WegwijsPage.Place> places = local.places(municipality.code(), reader.chain()).stream()
                .filter(place -> place.topic().equals(slug))
                .map(place -> place(place, hoursPerPlace.getOrDefault(place.id(), PlaceHours.NONE), calendar, reader))
                .toList();
        return new WegwijsPage(municipality.code(), localPage.isPresent() ? "local" : "national", page, places);
    }

    private PageView localView(LocalPageText text, SupportedLocale reader) {
        return new PageView(text.slug(), text.title(), text.summary(), text.html(), text.lang(), national.dir(text.lang()),
                reader.code(), !text.lang().equals(reader.code()),
                TextStatus.of(text.reviewStatus(), text.madeFromVersion(), text.version()), text.version(),
                text.madeFromVersion(), ContentReader.readingMinutes(text.wordCount()), national.readingTime(reader, text.wordCount()),
                text.position(), text.position(), null, null);
    }

    private WegwijsPage.Place place(LocalPlace place, PlaceHours openingHours, Calendar calendar, SupportedLocale reader) {
        String address = place.street() == null ? null
                : place.street() + ", " + (place.postcode() == null ? "" : place.postcode() + " ") + (place.city() == null ? "" : place.city());
        WegwijsPage.Note note = place.note() == null ? null
                : new WegwijsPage.Note(place.note(), place.noteLang(), national.dir(place.noteLang()),
                        !place.noteLang().equals(reader.code()), place.noteStatus());
        return new WegwijsPage.Place(place.name(), address,
                address == null ? null : "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(address, StandardCharsets.UTF_8),
                place.phone() == null ? null : phone(place.phone()), place.email(), place.website(), note,
                hours.week(openingHours, reader), hours.publicHolidays(openingHours, reader),
                hours.specialDays(openingHours, calendar.first(), calendar.last(), reader), calendar.last());
    }

    /** The dates for which an answer lists the special days. */
    private record Calendar(LocalDate first, LocalDate last) {
    }

    /** "030 012 34 56" is dialled as +31300123456 and read out as "0 3 0, 0 1 2, 3 4, 5 6". */
    static WegwijsPage.Phone phone(String display) {
        String digits = display.replaceAll("[^0-9+]", "");
        String international = digits.startsWith("0") && !digits.startsWith("00") ? "+31" + digits.substring(1) : digits;
        String spoken = Arrays.stream(display.trim().split("[\\s-]+"))
                .map(group -> String.join(" ", group.split("")))
                .collect(Collectors.joining(", "));
        return new WegwijsPage.Phone(display, "tel:" + international, spoken);
    }
}
