package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** One newcomer on the deadline list: their deadline, how far off it is, and the next step they still miss. */
@Serdeable
@Schema(name = "DeadlineEntry")
record DeadlineEntry(UUID newcomerId, String name, String preferredLanguage,
                            @Schema(allowableValues = {"wi2021", "wi2013"}) String regime,
                            @Nullable LocalDate obligationStart, LocalDate deadline,
                            @Schema(description = "days from today to the deadline; negative when it has passed") long daysLeft,
                            boolean overdue,
                            @Schema(description = "what they still miss, the furthest step they reached deciding",
                                    allowableValues = {"not-invited", "invitation-not-redeemed", "not-booked", "booked", "waitlisted",
                                            "no-show", "attended-not-signed", "refused"}) String missing,
                            @Schema(description = "the workshop's day for booked, waitlisted, no-show and attended-not-signed; "
                                    + "the day of the refusal for refused") @Nullable LocalDate date) {

    static final String NOT_INVITED = "not-invited";
    static final String INVITATION_NOT_REDEEMED = "invitation-not-redeemed";
    static final String NOT_BOOKED = "not-booked";
    static final String BOOKED = "booked";
    static final String WAITLISTED = "waitlisted";
    static final String NO_SHOW = "no-show";
    static final String ATTENDED_NOT_SIGNED = "attended-not-signed";
    static final String REFUSED = "refused";
}
