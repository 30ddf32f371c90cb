package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;

/** An interface text's key and its Dutch pattern, to list it for editors. */
@Introspected
record DutchUiText(String key, String pattern) {
}
