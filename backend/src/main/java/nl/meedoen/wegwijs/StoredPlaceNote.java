package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of the place_note table: what a newcomer should know about a place, in one language. */
@MappedEntity("place_note")
record StoredPlaceNote(@EmbeddedId Key key, String note, String reviewStatus) {

    @Embeddable
    record Key(@MappedProperty("place_id") long placeId, @MappedProperty("lang") String lang) {
    }
}
