package nl.meedoen.content;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.util.List;

/** The best available text of a page for a reader, with what is needed to judge it. */
@Introspected
record LocalisedText(String slug, int position, int currentVersion,
                     @TypeDef(type = DataType.STRING_ARRAY) List<String> keywords, String lang, String title,
                     String summary, String bodyMarkdown, String bodyHtml, int wordCount, int madeFromVersion,
                     String reviewStatus) {

    /** {@code source} for the Dutch original; {@code outdated} when the Dutch page changed since translation. */
    String status() {
        return TextStatus.of(reviewStatus, madeFromVersion, currentVersion);
    }
}
