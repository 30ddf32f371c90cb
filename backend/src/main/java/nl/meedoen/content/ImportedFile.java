package nl.meedoen.content;

import io.micronaut.core.annotation.Introspected;

/** What the database remembers of an imported file: which text it became and the hash of its bytes. */
@Introspected
record ImportedFile(String module, String slug, String lang, String fileHash) {

    TextKey key() {
        return new TextKey(ContentModule.ofFolder(module), slug, lang);
    }
}
