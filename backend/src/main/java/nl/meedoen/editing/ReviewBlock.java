package nl.meedoen.editing;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Optional;

/** Why a person cannot mark a text reviewed now; the editor screen says it instead of offering the button. */
@Serdeable
@Schema(type = "string", allowableValues = {"source", "no-text", "outdated", "reviewed", "own-text", "language"})
enum ReviewBlock {
    SOURCE("source", "The Dutch source is not reviewed; its translations are."),
    NO_TEXT("no-text", "There is no text in this language to review."),
    OUTDATED("outdated", "This text was made from an older Dutch version: bring it up to date first."),
    REVIEWED("reviewed", "This text is already reviewed."),
    OWN_TEXT("own-text", "Nobody reviews their own text: ask another editor who reads this language."),
    LANGUAGE("language", "Only an editor who reads this language reviews it: add it to the languages you read "
            + "on your staff screen, or ask a colleague who reads it.");

    private final String code;
    private final String reason;

    ReviewBlock(String code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    @JsonValue
    String code() {
        return code;
    }

    /** Blocks for what the text is now, before who asks is considered. */
    static Optional<ReviewBlock> ofStatus(TextStatus status) {
        return switch (status) {
            case SOURCE -> Optional.of(SOURCE);
            case OUTDATED -> Optional.of(OUTDATED);
            case REVIEWED -> Optional.of(REVIEWED);
            case MISSING, FALLBACK, IN_TRANSLATION -> Optional.of(NO_TEXT);
            case UNREVIEWED -> Optional.empty();
        };
    }

    ReviewRefused refused() {
        return new ReviewRefused(reason);
    }
}
