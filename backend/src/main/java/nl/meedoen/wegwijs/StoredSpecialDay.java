package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A row of the special_day table: one date, or (without a date) every public holiday. */
@MappedEntity("special_day")
record StoredSpecialDay(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id, long placeId,
                        @Nullable LocalDate onDate, boolean publicHolidays) {

    static StoredSpecialDay onDate(long placeId, LocalDate date) {
        return new StoredSpecialDay(null, placeId, date, false);
    }

    static StoredSpecialDay onPublicHolidays(long placeId) {
        return new StoredSpecialDay(null, placeId, null, true);
    }
}
