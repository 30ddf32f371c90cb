package nl.meedoen.editing;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where a text in one language stands, always computed from the stored texts and versions. */
@Serdeable
@Schema(type = "string", allowableValues = {"source", "missing", "fallback", "unreviewed", "reviewed", "outdated"})
enum TextStatus {
    /** The Dutch text itself. */
    SOURCE("source"),
    /** No text, and newcomers read the Dutch source. */
    MISSING("missing"),
    /** No text, and newcomers read a related language (Dari readers get Persian). */
    FALLBACK("fallback"),
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
        throw new InvalidFilter("'" + code + "' is no status: give missing, fallback, unreviewed, reviewed or outdated.");
    }
}
