package nl.meedoen.content;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocales;

import java.util.UUID;

/**
 * How editors change what newcomers read: the one way in besides the start-up import. The text is
 * rendered and sanitised here, by the renderer the import uses, so an editor's text reaches newcomers
 * exactly as a shipped file would. Each write moves the published version (by trigger), so every
 * instance serves the new text within a second.
 */
@Singleton
public class ContentPublisher {

    private final ContentPages pages;
    private final ContentTexts texts;
    private final MarkdownRenderer renderer;

    ContentPublisher(ContentPages pages, ContentTexts texts, MarkdownRenderer renderer) {
        this.pages = pages;
        this.texts = texts;
        this.renderer = renderer;
    }

    /**
     * Publishes the Dutch source of a page. A change that is not a minor edit counts the page version up,
     * which makes every translation made from an older version outdated. Returns the page version now.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int publishSource(ContentModule module, String slug, String title, String summary, String markdown,
                             boolean minorEdit, UUID editor) {
        if (!minorEdit) {
            pages.countUpVersion(module, slug);
        }
        int version = pages.version(module, slug);
        texts.publish(module, slug, SupportedLocales.SOURCE, title, summary, markdown, renderer.toSafeHtml(markdown),
                renderer.wordCount(markdown), version, "source", editor);
        return version;
    }

    /** Publishes a translation made from the given version of the Dutch source; it is unreviewed until reviewed. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publishTranslation(ContentModule module, String slug, String lang, String title, String summary,
                                   String markdown, int sourceVersion, UUID editor) {
        texts.publish(module, slug, lang, title, summary, markdown, renderer.toSafeHtml(markdown),
                renderer.wordCount(markdown), sourceVersion, "unreviewed", editor);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void markReviewed(ContentModule module, String slug, String lang, UUID reviewer) {
        texts.markReviewed(module, slug, lang, reviewer);
    }
}
