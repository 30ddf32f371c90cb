package nl.meedoen.wegwijs;

import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A municipality's own layer of wegwijs (welcome, local pages, places, opening hours). Texts are
 * read along the reader's fallback chain, like national content.
 */
@Singleton
final class LocalContent {

    private final Welcomes welcomes;
    private final LocalPages pages;
    private final Places places;
    private final OpeningHoursRows openingHours;
    private final SpecialDays specialDays;

    LocalContent(Welcomes welcomes, LocalPages pages, Places places, OpeningHoursRows openingHours, SpecialDays specialDays) {
        this.welcomes = welcomes;
        this.pages = pages;
        this.places = places;
        this.openingHours = openingHours;
        this.specialDays = specialDays;
    }

    Optional<StoredWelcome> welcome(String code, List<String> chain) {
        return welcomes.findBest(code, array(chain));
    }

    List<LocalPageText> pages(String code, List<String> chain) {
        return pages.findAllInBestLanguage(code, array(chain));
    }

    /** A municipality has a handful of pages, so one is picked from all of them rather than with a query of its own. */
    Optional<LocalPageText> page(String code, String slug, List<String> chain) {
        return pages(code, chain).stream().filter(page -> page.slug().equals(slug)).findFirst();
    }

    List<LocalPlace> places(String code, List<String> chain) {
        return places.findAllWithBestNote(code, array(chain));
    }

    /** When each place of the municipality is open, with the special dates from {@code from} on; places without hours are left out. */
    Map<Long, PlaceHours> hours(String code, LocalDate from) {
        Map<Long, Map<DayOfWeek, List<Period>>> weekly = new HashMap<>();
        for (StoredOpeningHours row : openingHours.findAllOfMunicipality(code)) {
            weekly.computeIfAbsent(row.key().placeId(), id -> new EnumMap<>(DayOfWeek.class))
                    .computeIfAbsent(DayOfWeek.of(row.key().weekday()), day -> new ArrayList<>())
                    .add(new Period(row.key().opens(), row.closes()));
        }
        Map<Long, List<Period>> onHolidays = new HashMap<>();
        Map<Long, Map<LocalDate, List<Period>>> onDates = new HashMap<>();
        for (SpecialDayRow row : specialDays.findAllOfMunicipality(code, from)) {
            List<Period> periods = row.onDate() == null
                    ? onHolidays.computeIfAbsent(row.placeId(), id -> new ArrayList<>())
                    : onDates.computeIfAbsent(row.placeId(), id -> new TreeMap<>()).computeIfAbsent(row.onDate(), day -> new ArrayList<>());
            if (row.opens() != null && row.closes() != null) {
                periods.add(new Period(row.opens(), row.closes()));
            }
        }
        Set<Long> placeIds = new HashSet<>(weekly.keySet());
        placeIds.addAll(onHolidays.keySet());
        placeIds.addAll(onDates.keySet());
        Map<Long, PlaceHours> hours = new HashMap<>();
        for (long id : placeIds) {
            hours.put(id, new PlaceHours(weekly.getOrDefault(id, Map.of()), onHolidays.get(id), onDates.getOrDefault(id, Map.of())));
        }
        return hours;
    }

    private static String[] array(List<String> chain) {
        return chain.toArray(String[]::new);
    }
}
