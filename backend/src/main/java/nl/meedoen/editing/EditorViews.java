package nl.meedoen.editing;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** What the editing API answers. */
final class EditorViews {

    private EditorViews() {
    }

    /** A text as published: {@code sourceVersion} is the Dutch version it was made from (for Dutch: its own). */
    @Serdeable
    @Schema(name = "EditedText")
    record Text(String title, String summary, String body, int sourceVersion, String reviewStatus) {
    }

    @Serdeable
    @Schema(name = "EditorDraft")
    record Draft(String title, String summary, String body, @Nullable Instant savedAt, boolean mine) {
    }

    /**
     * One page in one language as an editor sees it: the Dutch source beside the text, the draft if any,
     * and for an outdated text the changes to the Dutch source since the text was made (when that older
     * Dutch version is kept; the versions shipped before editing began are not). {@code reviewBlock} says
     * why this editor cannot mark it reviewed now, when they cannot.
     */
    @Serdeable
    @Schema(name = "EditorItem")
    record Item(String module, String slug, String lang, String dir, TextStatus status, int currentSourceVersion,
                Text source, @Nullable Text text, @Nullable Draft draft, @Nullable List<LineDiff.Line> sourceChanges,
                boolean canReview, @Nullable ReviewBlock reviewBlock) {
    }

    /** A published version; {@code publishedBy} is empty for the text as it came from content/. */
    @Serdeable
    @Schema(name = "ContentVersion")
    record Version(int number, String title, int sourceVersion, boolean minorEdit, @Nullable String publishedBy,
                   Instant publishedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt) {

        static Version of(StoredVersion stored) {
            return new Version(stored.key().number(), stored.title(), stored.sourceVersion(), stored.minorEdit(),
                    stored.publishedName(), stored.publishedAt(), stored.reviewedName(), stored.reviewedAt());
        }
    }

    @Serdeable
    @Schema(name = "VersionComparison")
    record Comparison(Version from, Version to, List<LineDiff.Line> title, List<LineDiff.Line> summary,
                      List<LineDiff.Line> body) {
    }
}
