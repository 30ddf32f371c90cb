package nl.meedoen.locale;

import io.micronaut.core.annotation.Introspected;

/** What the database remembers of an imported interface text: the hash of the shipped text, and whether an editor published since. */
@Introspected
record ImportedUiText(String key, String lang, String fileHash, boolean edited) {
}
