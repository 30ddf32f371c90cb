package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of the local_page table: a page of the municipality's own, whose texts are in local_page_text. */
@MappedEntity("local_page")
record StoredLocalPage(@EmbeddedId Key key, int position, int version) {

    @Embeddable
    record Key(@MappedProperty("municipality_code") String municipalityCode, @MappedProperty("slug") String slug) {
    }
}
