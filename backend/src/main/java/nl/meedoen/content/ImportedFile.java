package nl.meedoen.content;

import io.micronaut.core.annotation.Introspected;

/**
 * What the database remembers of an imported file: which text it became, the hash of its bytes, and
 * whether an editor has published that text since.
 */
@Introspected
record ImportedFile(String module, String slug, String lang, String fileHash, boolean edited) {

    TextKey key() {
        return new TextKey(ContentModule.ofFolder(module), slug, lang);
    }
}
