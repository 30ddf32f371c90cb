package nl.meedoen.editing;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.wegwijs.PlaceKeeping;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A municipality's editors keep its places: checked, saved through wegwijs, audited in the same transaction. */
@Singleton
class LocalPlaces {

    @Serdeable
    @Schema(name = "KeptPlace")
    record View(long id, PlaceKeeping.Place place) {
    }

    private final PlaceKeeping keeping;
    private final PublishedTexts published;
    private final AuditLog audit;

    LocalPlaces(PlaceKeeping keeping, PublishedTexts published, AuditLog audit) {
        this.keeping = keeping;
        this.published = published;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<View> of(String municipality) {
        return keeping.ids(municipality).stream()
                .map(id -> new View(id, keeping.find(municipality, id).orElseThrow())).toList();
    }

    @Transactional
    View save(SignedInStaff staff, String municipality, @Nullable Long id, PlaceKeeping.Place place, String client) {
        if (id != null && keeping.find(municipality, id).isEmpty()) {
            throw new ItemNotFound("place " + id + " in this municipality");
        }
        PlaceValidation.check(place, published.topicExists(municipality, place.topic()));
        long saved = keeping.save(municipality, id, place);
        audit.record(staff, municipality, id == null ? "place.added" : "place.changed", saved, client);
        return new View(saved, keeping.find(municipality, saved).orElseThrow());
    }
}
