package nl.meedoen.editing;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where a text in one language stands, always computed from the stored texts and versions. */
@Serdeable
@Schema(type = "string", allowableValues = {"source", "missing", "fallback", "in-translation", "unreviewed", "reviewed", "outdated"})
enum TextStatus {
    /** The Dutch text itself. */
    SOURCE("source"),
    /** No text, and newcomers read the Dutch source. */
    MISSING("missing"),
    /** No text, and newcomers read a related language (Dari readers get Persian). */
    FALLBACK("fallback"),
    /** Missing, shown in another language or outdated, and handed to a translator in a file: not back yet. */
    IN_TRANSLATION("in-translation"),
    UNREVIEWED("unreviewed"),
    REVIEWED("reviewed"),
    /** Made from an older version of the Dutch source than the current one. */
    OUTDATED("outdated");

    private final String code;

    TextStatus(String code) {
        this.code = code;
    }

    @JsonValue
    String code() {
        return code;
    }

    static TextStatus of(String code) {
        for (TextStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new InvalidFilter("'" + code + "' is no status: give missing, fallback, in-translation, unreviewed, reviewed or outdated.");
    }
}
