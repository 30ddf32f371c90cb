package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of the municipality_welcome table: the municipality's welcome in one language. */
@MappedEntity("municipality_welcome")
record StoredWelcome(@EmbeddedId Key key, String bodyHtml, String reviewStatus) {

    /** The columns keep their own names instead of being prefixed with "key_". */
    @Embeddable
    record Key(@MappedProperty("municipality_code") String municipalityCode, @MappedProperty("lang") String lang) {
    }
}
