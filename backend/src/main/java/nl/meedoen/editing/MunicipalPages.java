package nl.meedoen.editing;

import jakarta.inject.Singleton;
import nl.meedoen.wegwijs.LocalPagePublisher;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A municipality's own wegwijs pages: read from local_page and local_page_text, published through wegwijs. */
@Singleton
class MunicipalPages implements EditedPages {

    private final PublishedTexts published;
    private final LocalPagePublisher publisher;

    MunicipalPages(PublishedTexts published, LocalPagePublisher publisher) {
        this.published = published;
        this.publisher = publisher;
    }

    @Override
    public Optional<Integer> version(ItemKey key) {
        return published.localPageVersion(municipality(key), key.slug());
    }

    @Override
    public void lock(ItemKey key) {
        published.lockLocalPage(municipality(key), key.slug());
    }

    @Override
    public List<CurrentText> texts(ItemKey key) {
        return published.ofLocalPage(municipality(key), key.slug());
    }

    @Override
    public int publishSource(ItemKey key, Editing.Input input, boolean minorEdit, UUID editor) {
        return publisher.publishSource(municipality(key), key.slug(), input.title(), input.summary(), input.body(),
                minorEdit, editor);
    }

    @Override
    public void publishTranslation(ItemKey key, Editing.Input input, int madeFrom, UUID editor) {
        publisher.publishTranslation(municipality(key), key.slug(), key.lang(), input.title(), input.summary(),
                input.body(), madeFrom, editor);
    }

    @Override
    public void markReviewed(ItemKey key, UUID reviewer) {
        publisher.markReviewed(municipality(key), key.slug(), key.lang(), reviewer);
    }

    private static String municipality(ItemKey key) {
        return Objects.requireNonNull(key.municipality(), "a local page's key names its municipality");
    }
}
