package nl.meedoen.locale;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Brings the shipped {@code translations/} into the database at start-up, text by text. Only texts that
 * changed are written, so a restart with the same files writes nothing. A text an editor published is
 * never overwritten: a changed shipped text beside it is listed as a conflict for editors instead.
 * A changed Dutch text counts its key's version up, so translations that did not change with it in the
 * same release are outdated, and those that did are made from it.
 */
@Singleton
class UiTextImporter {

    private static final Logger LOG = LoggerFactory.getLogger(UiTextImporter.class);
    /** Instances that start together take turns. */
    private static final long IMPORT_LOCK = 0x4d454544_55494cL;

    private final ShippedTranslations shipped;
    private final UiTexts texts;

    UiTextImporter(ShippedTranslations shipped, UiTexts texts) {
        this.shipped = shipped;
        this.texts = texts;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        importAll();
    }

    /** Returns how many texts were written or removed. */
    @Transactional
    int importAll() {
        texts.lockUntilCommit(IMPORT_LOCK);
        Map<String, ImportedUiText> known = new HashMap<>();
        for (ImportedUiText text : texts.imported()) {
            known.put(text.key() + "\n" + text.lang(), text);
        }
        Map<String, UiTexts.Message> messages = new HashMap<>();
        texts.messages().forEach(message -> messages.put(message.key(), message));
        Set<String> dutchKeys = shipped.files().get(SupportedLocales.SOURCE).messages().keySet();
        Set<String> shippedTexts = new HashSet<>();
        int written = 0;
        // Dutch first (the files are in that order): every translation refers to its Dutch version.
        for (Map.Entry<String, UiStrings.TranslationFile> file : shipped.files().entrySet()) {
            String lang = file.getKey();
            boolean source = lang.equals(SupportedLocales.SOURCE);
            for (Map.Entry<String, String> message : file.getValue().messages().entrySet()) {
                String key = message.getKey();
                if (!dutchKeys.contains(key) || message.getValue().isEmpty()) {
                    LOG.error("Skipped {} in translations/{}.json: no such key in nl.json, or empty", key, lang);
                    continue;
                }
                shippedTexts.add(key + "\n" + lang);
                String hash = ShippedTranslations.hash(message.getValue());
                ImportedUiText before = known.get(key + "\n" + lang);
                if (before != null && before.fileHash().equals(hash)) {
                    continue;
                }
                if (before != null && before.edited()) {
                    texts.keepEditedText(key, lang, hash);
                    LOG.warn("Kept the editor's interface text {} in {} over the changed translations/{}.json", key, lang, lang);
                    continue;
                }
                int version;
                if (source) {
                    if (!messages.containsKey(key)) {
                        texts.addMessage(key);
                    } else if (before != null) {
                        texts.countUpShipped(key);
                    }
                    version = texts.message(key).orElseThrow().version();
                } else {
                    version = texts.message(key).orElseThrow().shippedVersion();
                }
                texts.saveShipped(key, lang, message.getValue(), version, source ? "source" : file.getValue().status(), hash);
                written++;
            }
        }
        int removed = 0;
        for (ImportedUiText text : known.values()) {
            if (!text.edited() && !shippedTexts.contains(text.key() + "\n" + text.lang())) {
                texts.delete(text.key(), text.lang());
                removed++;
            }
        }
        removed += texts.deleteWithoutDutchText();
        if (written + removed > 0) {
            LOG.info("Imported interface texts: {} written, {} removed", written, removed);
        }
        return written + removed;
    }
}
