package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * A row of the local_page_text table: a local page in one language. {@code sourceVersion} is the
 * version of the Dutch page the text was made from; {@code bodyMarkdown} is what the HTML was made from.
 */
@MappedEntity("local_page_text")
record StoredLocalPageText(@EmbeddedId Key key, String title, String summary, String bodyMarkdown, String bodyHtml, int wordCount,
                           int sourceVersion, String reviewStatus) {

    @Embeddable
    record Key(@MappedProperty("municipality_code") String municipalityCode, @MappedProperty("slug") String slug,
               @MappedProperty("lang") String lang) {
    }
}
