package nl.meedoen.editing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the texts of one kind of page live and are published: national content or a municipality's own
 * pages. {@link Editing} runs the same drafts, checks, versions and review over both.
 */
interface EditedPages {

    /** The page's current Dutch version; empty when there is no such page. */
    Optional<Integer> version(ItemKey key);

    /** Locks the page until the transaction ends, so that two publishers take turns. */
    void lock(ItemKey key);

    /** Every language's text of the page. */
    List<CurrentText> texts(ItemKey key);

    /** Publishes the Dutch text; a change that is not minor counts the version up. Returns the version now. */
    int publishSource(ItemKey key, Editing.Input input, boolean minorEdit, UUID editor);

    /** Publishes a translation made from the given Dutch version, unreviewed. */
    void publishTranslation(ItemKey key, Editing.Input input, int madeFrom, UUID editor);

    void markReviewed(ItemKey key, UUID reviewer);
}
