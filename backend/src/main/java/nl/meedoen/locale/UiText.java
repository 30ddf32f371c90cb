package nl.meedoen.locale;

import io.micronaut.core.annotation.Introspected;

/** One published interface text: its pattern in one language and whether a reader of the language checked it. */
@Introspected
record UiText(String key, String lang, String pattern, String reviewStatus) {
}
