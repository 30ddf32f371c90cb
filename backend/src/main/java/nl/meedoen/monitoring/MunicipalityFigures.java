package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A municipality's own figures for a period, exact: its coordinators know their newcomers by name anyway. */
@Serdeable
record MunicipalityFigures(String municipality, String name, LocalDate from, LocalDate to,
                           @Schema(description = "What the groups are: language, target-group, regime or session; null without a breakdown")
                           @Nullable String by,
                           FunnelCounts funnel,
                           @Schema(description = "The funnel per group, when a breakdown was asked") List<Group> groups,
                           SessionFigures sessions,
                           @Schema(description = "Each session held in the period") List<SessionFigures.Held> heldSessions) {

    /** The funnel of one group: a language code, target group, regime, or session id ("" for newcomers without one). */
    @Serdeable
    record Group(String key, String label, FunnelCounts funnel) {
    }
}
