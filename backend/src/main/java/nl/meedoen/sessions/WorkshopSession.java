package nl.meedoen.sessions;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of the workshop_session table. */
@MappedEntity("workshop_session")
record WorkshopSession(@Id UUID id, String municipalityCode, @Nullable UUID seriesId, String title, Instant startsAt, Instant endsAt,
                       String placeName, String placeAddress, @Nullable String placeRoom, @Nullable String accessibilityNotes,
                       @Nullable String mapLink, int capacity,
                       @TypeDef(type = DataType.STRING_ARRAY) List<String> languages,
                       @TypeDef(type = DataType.STRING_ARRAY) List<String> interpreterLanguages,
                       String status, @GeneratedValue @Nullable Instant createdAt, Instant updatedAt) {

    static final String PLANNED = "planned";
    static final String CANCELLED = "cancelled";
    static final String COMPLETED = "completed";

    boolean isPlanned() {
        return PLANNED.equals(status);
    }

    /** Can be booked: planned and not begun. */
    boolean isOpenAt(Instant now) {
        return isPlanned() && startsAt.isAfter(now);
    }

    boolean isFollowableIn(String language) {
        return languages.contains(language) || interpreterLanguages.contains(language);
    }

    Place place() {
        return new Place(placeName, placeAddress, placeRoom, accessibilityNotes, mapLink);
    }
}
