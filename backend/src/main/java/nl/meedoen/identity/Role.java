package nl.meedoen.identity;

import java.util.Locale;

/** What a staff member may do. A person can hold several roles, per municipality. */
public enum Role {
    /** Runs the platform: every municipality. */
    ADMIN,
    /** Runs the participatieverklaringstraject of a municipality: newcomers, staff, sessions, reports. */
    COORDINATOR,
    /** Gives workshops for a municipality: sessions, rosters, check-in. */
    TRAINER,
    /** Edits content: national when not tied to a municipality, otherwise that municipality's pages. */
    EDITOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
