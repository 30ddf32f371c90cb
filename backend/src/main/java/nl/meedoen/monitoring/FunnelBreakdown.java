package nl.meedoen.monitoring;

import com.ibm.icu.util.ULocale;

import java.util.Arrays;
import java.util.Map;

/**
 * What the funnel is broken down by. Each names a fixed column of {@link FigureQueries}: nothing the
 * caller sends ever reaches the SQL.
 */
enum FunnelBreakdown {
    /** No groups: the query still needs a column to group by, and the groups it makes are left out. */
    NONE("", "regime"),
    LANGUAGE("language", "preferred_lang"),
    TARGET_GROUP("target-group", "target_group"),
    REGIME("regime", "regime"),
    SESSION("session", "session_key");

    static final String ALLOWED = "language, target-group, regime or session";
    private static final ULocale DUTCH_READER = ULocale.forLanguageTag("nl");

    private static final Map<String, String> DUTCH = Map.of(
            "permit-holder", "statushouder", "family-migrant", "gezinsmigrant", "eu-voluntary", "EU-burger (vrijwillig)",
            "other-voluntary", "overig vrijwillig", "wi2021", "Wi2021", "wi2013", "Wi2013", "voluntary", "vrijwillig");

    private final String code;
    private final String column;

    FunnelBreakdown(String code, String column) {
        this.code = code;
        this.column = column;
    }

    String code() {
        return code;
    }

    String column() {
        return column;
    }

    static FunnelBreakdown of(String code) {
        return Arrays.stream(values()).filter(value -> value != NONE && value.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidFiguresRequest("by", "must be " + ALLOWED));
    }

    /** The group's name on a Dutch staff screen; sessions are named by {@link FigureQueries#sessionNames}. */
    String dutchLabel(String key) {
        return switch (this) {
            case LANGUAGE -> new ULocale(key).getDisplayLanguage(DUTCH_READER);
            case TARGET_GROUP, REGIME -> DUTCH.getOrDefault(key, key);
            case SESSION -> key.isEmpty() ? "geen workshop" : key;
            case NONE -> key;
        };
    }
}
