package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The interface text newcomers read now in one language, with what editing needs to know about it. */
@Introspected
record CurrentUiText(String lang, int messageVersion, String pattern, int sourceVersion, String reviewStatus,
                     @Nullable UUID publishedBy) {

    TextState state(String key) {
        return new TextState("interface", key, messageVersion, lang, sourceVersion, reviewStatus);
    }
}
