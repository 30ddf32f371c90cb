package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalTime;

/** A row of the special_day_hours table: one period of a special day. */
@MappedEntity("special_day_hours")
record StoredSpecialDayHours(@EmbeddedId Key key, LocalTime closes) {

    @Embeddable
    record Key(@MappedProperty("special_day_id") long specialDayId, @MappedProperty("opens") LocalTime opens) {
    }
}
