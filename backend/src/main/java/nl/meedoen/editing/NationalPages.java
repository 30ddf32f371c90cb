package nl.meedoen.editing;

import jakarta.inject.Singleton;
import nl.meedoen.content.ContentModule;
import nl.meedoen.content.ContentPublisher;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** National content: read from content_page and content_text, published through {@link ContentPublisher}. */
@Singleton
class NationalPages implements EditedPages {

    private final PublishedTexts published;
    private final ContentPublisher publisher;

    NationalPages(PublishedTexts published, ContentPublisher publisher) {
        this.published = published;
        this.publisher = publisher;
    }

    @Override
    public Optional<Integer> version(ItemKey key) {
        module(key);
        return published.pageVersion(key.module(), key.slug());
    }

    @Override
    public void lock(ItemKey key) {
        published.lockPage(key.module(), key.slug());
    }

    @Override
    public List<CurrentText> texts(ItemKey key) {
        return published.ofPage(key.module(), key.slug());
    }

    @Override
    public int publishSource(ItemKey key, Editing.Input input, boolean minorEdit, UUID editor) {
        return publisher.publishSource(module(key), key.slug(), input.title(), input.summary(), input.body(), minorEdit, editor);
    }

    @Override
    public void publishTranslation(ItemKey key, Editing.Input input, int madeFrom, UUID editor) {
        publisher.publishTranslation(module(key), key.slug(), key.lang(), input.title(), input.summary(), input.body(),
                madeFrom, editor);
    }

    @Override
    public void markReviewed(ItemKey key, UUID reviewer) {
        publisher.markReviewed(module(key), key.slug(), key.lang(), reviewer);
    }

    private static ContentModule module(ItemKey key) {
        for (ContentModule module : ContentModule.values()) {
            if (module.folder().equals(key.module())) {
                return module;
            }
        }
        throw new ItemNotFound("content module '" + key.module() + "'");
    }
}
