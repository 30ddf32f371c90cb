package nl.meedoen.wegwijs;

import io.micronaut.core.annotation.Introspected;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A special day with one of its periods, or without times when the place is closed then. No date
 * means the place's rule for every public holiday.
 */
@Introspected
record SpecialDayRow(long placeId, @Nullable LocalDate onDate, @Nullable LocalTime opens, @Nullable LocalTime closes) {
}
