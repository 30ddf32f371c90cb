package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The text newcomers read now in one language, with what editing needs to know about it. */
@Introspected
record CurrentText(String lang, int pageVersion, String title, String summary, String bodyMarkdown, int sourceVersion,
                   String reviewStatus, @Nullable UUID publishedBy) {

    TextState state(String module, String slug) {
        return new TextState(module, slug, pageVersion, lang, sourceVersion, reviewStatus);
    }
}
