package nl.meedoen.locale;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * How editors change the interface texts newcomers read: the one way in besides the start-up import.
 * Each write moves the published version (by trigger), so every instance's {@link UiStrings} and every
 * kept answer of {@code /messages} is made anew within a second.
 */
@Singleton
public class UiTextPublisher {

    private final UiTexts texts;

    UiTextPublisher(UiTexts texts) {
        this.texts = texts;
    }

    /**
     * Publishes the Dutch text of a key. A change that is not a minor edit counts the key's version up,
     * which makes every translation made from an older version outdated. Returns the version now.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int publishSource(String key, String pattern, boolean minorEdit, UUID editor) {
        if (!minorEdit) {
            texts.countUp(key);
        }
        int version = texts.message(key).orElseThrow().version();
        texts.publish(key, SupportedLocales.SOURCE, pattern, version, "source", editor);
        return version;
    }

    /** Publishes a translation made from the given version of the Dutch text; it is unreviewed until reviewed. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publishTranslation(String key, String lang, String pattern, int sourceVersion, UUID editor) {
        texts.publish(key, lang, pattern, sourceVersion, "unreviewed", editor);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void markReviewed(String key, String lang, UUID reviewer) {
        texts.markReviewed(key, lang, reviewer);
    }
}
