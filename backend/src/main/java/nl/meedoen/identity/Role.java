package nl.meedoen.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;

/**
 * What a staff member may do. A person can hold several roles, per municipality. A role is spelled one
 * way everywhere, in the API, the database and the documentation: its lower-case code ({@code coordinator}).
 */
@Serdeable
@Schema(type = "string", allowableValues = {"admin", "coordinator", "trainer", "editor"})
public enum Role {
    /** Runs the platform: every municipality. */
    ADMIN("admin"),
    /** Runs the participatieverklaringstraject of a municipality: newcomers, staff, sessions, reports. */
    COORDINATOR("coordinator"),
    /** Gives workshops for a municipality: sessions, rosters, check-in. */
    TRAINER("trainer"),
    /** Edits content: national when not tied to a municipality, otherwise that municipality's pages. */
    EDITOR("editor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Only the code itself is a role: {@code COORDINATOR} is not, so that no second spelling creeps in. */
    @JsonCreator
    public static Role of(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a role: give admin, coordinator, trainer or editor"));
    }
}
