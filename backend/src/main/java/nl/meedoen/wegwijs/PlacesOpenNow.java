package nl.meedoen.wegwijs;

import jakarta.inject.Singleton;
import nl.meedoen.content.ContentModule;
import nl.meedoen.content.ContentReader;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.municipality.Municipality;
import nl.meedoen.municipality.MunicipalityDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Whether the places of a wegwijs topic are open now, by the injected clock, in Dutch local time. */
@Singleton
final class PlacesOpenNow {

    /** Special dates are announced two weeks ahead: soon enough to plan, late enough to stay short. */
    private static final int UPCOMING_DAYS = 14;

    private final MunicipalityDirectory directory;
    private final ContentReader national;
    private final LocalContent local;
    private final OpenNowTexts texts;
    private final Clock clock;

    PlacesOpenNow(MunicipalityDirectory directory, ContentReader national, LocalContent local, OpenNowTexts texts, Clock clock) {
        this.directory = directory;
        this.national = national;
        this.local = local;
        this.texts = texts;
        this.clock = clock;
    }

    PlacesNow of(String code, String slug, SupportedLocale reader) {
        Municipality municipality = directory.require(code);
        if (local.page(municipality.code(), slug, reader.chain()).isEmpty()) {
            // Reading the national page answers an unknown topic with the same 404 as the topic itself.
            national.page(ContentModule.WEGWIJS, slug, reader);
        }
        LocalDateTime now = TimeInTheNetherlands.now(clock);
        LocalDate today = now.toLocalDate();
        Map<Long, PlaceHours> hours = local.hours(municipality.code(), today.minusDays(1));
        List<PlacesNow.Place> places = local.places(municipality.code(), reader.chain()).stream()
                .filter(place -> place.topic().equals(slug))
                .map(place -> {
                    PlaceHours placeHours = hours.getOrDefault(place.id(), PlaceHours.NONE);
                    OpenState state = placeHours.at(now);
                    PlacesNow.Upcoming upcoming = placeHours.specialDates(today, today.plusDays(UPCOMING_DAYS - 1)).stream()
                            .findFirst()
                            .map(special -> new PlacesNow.Upcoming(special.date(),
                                    special.holiday() == null ? null : special.holiday().dutchName(), special.closed(),
                                    texts.upcoming(special, reader)))
                            .orElse(null);
                    return new PlacesNow.Place(place.name(), state.open(), texts.state(state, now, reader),
                            state.until() == null ? null : state.until().toString(), upcoming);
                })
                .toList();
        return new PlacesNow(municipality.code(), now.withNano(0).toString(), places);
    }
}
