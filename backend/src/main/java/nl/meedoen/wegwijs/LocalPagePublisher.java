package nl.meedoen.wegwijs;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.content.MarkdownRenderer;
import nl.meedoen.locale.SupportedLocales;

import java.util.UUID;

/**
 * How a municipality's editors change its local pages: rendered and sanitised by the renderer national
 * content uses, so a local text reaches newcomers exactly as a national one would. Each write moves the
 * published version (by trigger), so every instance serves the new text within a second.
 */
@Singleton
public class LocalPagePublisher {

    private final LocalPages pages;
    private final LocalPageTexts texts;
    private final MarkdownRenderer renderer;

    LocalPagePublisher(LocalPages pages, LocalPageTexts texts, MarkdownRenderer renderer) {
        this.pages = pages;
        this.texts = texts;
        this.renderer = renderer;
    }

    /**
     * Publishes the Dutch source of a local page. A change that is not a minor edit counts the page version
     * up, which makes every translation made from an older version outdated. Returns the page version now.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int publishSource(String municipality, String slug, String title, String summary, String markdown,
                             boolean minorEdit, UUID editor) {
        if (!minorEdit) {
            pages.countUpVersion(municipality, slug);
        }
        int version = pages.version(municipality, slug);
        texts.publish(municipality, slug, SupportedLocales.SOURCE, title, summary, markdown, renderer.toSafeHtml(markdown),
                renderer.wordCount(markdown), version, "source", editor);
        return version;
    }

    /** Publishes a translation made from the given version of the Dutch source; it is unreviewed until reviewed. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publishTranslation(String municipality, String slug, String lang, String title, String summary,
                                   String markdown, int sourceVersion, UUID editor) {
        texts.publish(municipality, slug, lang, title, summary, markdown, renderer.toSafeHtml(markdown),
                renderer.wordCount(markdown), sourceVersion, "unreviewed", editor);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void markReviewed(String municipality, String slug, String lang, UUID reviewer) {
        texts.markReviewed(municipality, slug, lang, reviewer);
    }
}
