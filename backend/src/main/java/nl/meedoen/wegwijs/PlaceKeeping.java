package nl.meedoen.wegwijs;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a municipality's editors keep its places: the one way to write them besides the demo data. The
 * caller checks the input (see the editing package); the database's constraints stand behind it.
 * Hours are read like everywhere in wegwijs: closing at or before opening is the next day, and 00:00
 * to 00:00 is round the clock.
 */
@Singleton
public class PlaceKeeping {

    /** One opening, on a weekday (1 is Monday) or on a date. */
    @Serdeable
    @Schema(name = "OpeningPeriod")
    public record Hours(@Nullable Integer weekday, @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "08:30") LocalTime opens,
                        @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "17:00") LocalTime closes) {
    }

    /** Other hours on one date, or (date empty) on every public holiday; no hours means closed. */
    @Serdeable
    @Schema(name = "SpecialDayInput")
    public record SpecialDay(@Nullable LocalDate date, List<Hours> hours) {
    }

    @Serdeable
    @Schema(name = "PlaceInput")
    public record Place(String topic, String name, @Nullable String street, @Nullable String postcode, @Nullable String city,
                        @Nullable String phone, @Nullable String email, @Nullable String website, List<Hours> weekly,
                        List<SpecialDay> specialDays) {
    }

    private final Places places;
    private final OpeningHoursRows hours;
    private final SpecialDays specialDays;
    private final SpecialDayHoursRows specialDayHours;

    PlaceKeeping(Places places, OpeningHoursRows hours, SpecialDays specialDays, SpecialDayHoursRows specialDayHours) {
        this.places = places;
        this.hours = hours;
        this.specialDays = specialDays;
        this.specialDayHours = specialDayHours;
    }

    /** The municipality's place with this id, if it is one of its own. */
    public Optional<Place> find(String municipality, long id) {
        return places.findById(id).filter(place -> place.municipalityCode().equals(municipality)).map(this::read);
    }

    public List<Long> ids(String municipality) {
        return places.findByMunicipalityCode(municipality).stream().map(place -> Objects.requireNonNull(place.id())).toList();
    }

    /** Adds a place ({@code id} empty) or replaces everything of one; returns its id. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long save(String municipality, @Nullable Long id, Place place) {
        StoredPlace row = new StoredPlace(id, municipality, place.topic(), 1, place.name(), place.street(), place.postcode(),
                place.city(), place.phone(), place.email(), place.website());
        long placeId = Objects.requireNonNull((id == null ? places.save(row) : places.update(row)).id());
        hours.deleteAllOfPlace(placeId);
        specialDays.deleteAllOfPlace(placeId);
        for (Hours weekly : place.weekly()) {
            hours.save(new StoredOpeningHours(new StoredOpeningHours.Key(placeId, Objects.requireNonNull(weekly.weekday()),
                    weekly.opens()), weekly.closes()));
        }
        for (SpecialDay day : place.specialDays()) {
            StoredSpecialDay stored = specialDays.save(day.date() == null
                    ? StoredSpecialDay.onPublicHolidays(placeId) : StoredSpecialDay.onDate(placeId, day.date()));
            for (Hours open : day.hours()) {
                specialDayHours.save(new StoredSpecialDayHours(new StoredSpecialDayHours.Key(Objects.requireNonNull(stored.id()),
                        open.opens()), open.closes()));
            }
        }
        return placeId;
    }

    private Place read(StoredPlace place) {
        long id = Objects.requireNonNull(place.id());
        List<Hours> weekly = hours.findAllOfPlace(id).stream()
                .map(row -> new Hours(row.key().weekday(), row.key().opens(), row.closes())).toList();
        List<SpecialDay> days = specialDays.findAllOfMunicipality(place.municipalityCode(), LocalDate.of(1970, 1, 1)).stream()
                .filter(row -> row.placeId() == id)
                .collect(Collectors.groupingBy(row -> Optional.ofNullable(row.onDate()),
                        LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(entry -> new SpecialDay(entry.getKey().orElse(null), entry.getValue().stream()
                        .filter(row -> row.opens() != null)
                        .map(row -> new Hours(null, row.opens(), row.closes())).toList()))
                .toList();
        return new Place(place.topic(), place.name(), place.street(), place.postcode(), place.city(), place.phone(),
                place.email(), place.website(), weekly, days);
    }
}
