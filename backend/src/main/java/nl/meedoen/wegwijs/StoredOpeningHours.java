package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalTime;

/** A row of the opening_hours table. */
@MappedEntity("opening_hours")
record StoredOpeningHours(@EmbeddedId Key key, LocalTime closes) {

    /** A place opens at most once at the same time of the same weekday. */
    @Embeddable
    record Key(@MappedProperty("place_id") long placeId, @MappedProperty("weekday") int weekday,
               @MappedProperty("opens") LocalTime opens) {
    }
}
