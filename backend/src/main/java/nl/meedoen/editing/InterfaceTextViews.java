package nl.meedoen.editing;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** What the interface-texts API answers. */
final class InterfaceTextViews {

    private InterfaceTextViews() {
    }

    /** A published pattern: {@code sourceVersion} is the Dutch version it was made from (for Dutch: its own). */
    @Serdeable
    @Schema(name = "InterfaceTextPattern")
    record Text(String pattern, int sourceVersion, String reviewStatus) {
    }

    @Serdeable
    @Schema(name = "InterfaceTextDraft")
    record Draft(String pattern, @Nullable Instant savedAt, boolean mine) {
    }

    /**
     * One interface text in one language as an editor sees it: the Dutch source beside it, the draft if
     * any, for an outdated text the changes to the Dutch text since (when that version is kept), and
     * whether this editor may mark it reviewed, or why not.
     */
    @Serdeable
    @Schema(name = "InterfaceTextItem")
    record Item(String key, String lang, String dir, TextStatus status, int currentSourceVersion, Text source,
                @Nullable Text text, @Nullable Draft draft, @Nullable List<LineDiff.Line> sourceChanges, boolean canReview,
                @Nullable ReviewBlock reviewBlock) {
    }

    /** One interface text in a list: its key, the Dutch pattern and its status in the language. */
    @Serdeable
    @Schema(name = "ListedInterfaceText")
    record Listed(String key, String dutch, String lang, TextStatus status) {
    }

    /** A published version; {@code publishedBy} is empty for the text as it was shipped. */
    @Serdeable
    @Schema(name = "InterfaceTextVersion")
    record Version(int number, String pattern, int sourceVersion, boolean minorEdit, @Nullable String publishedBy,
                   Instant publishedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt) {

        static Version of(StoredUiVersion stored) {
            return new Version(stored.number(), stored.pattern(), stored.sourceVersion(), stored.minorEdit(),
                    stored.publishedName(), stored.publishedAt(), stored.reviewedName(), stored.reviewedAt());
        }
    }
}
