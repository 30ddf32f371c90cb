package nl.meedoen.content;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of content_text: one page of content in one language, as imported from its shipped file. */
@MappedEntity("content_text")
record ContentText(@EmbeddedId TextKey key, String title, String summary, String bodyMarkdown, String bodyHtml,
                   int wordCount, int sourceVersion, String reviewStatus, String fileHash) {
}
