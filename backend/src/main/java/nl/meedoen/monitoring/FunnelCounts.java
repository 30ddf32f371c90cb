package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How many newcomers of the cohort (registered in the period) reached each step, by now. Each step counts
 * on its own: a newcomer booked by a coordinator counts as booked without having used their letter.
 */
@Serdeable
@Schema(description = "Newcomers registered in the period who reached each step by now")
record FunnelCounts(
        @Schema(description = "Registered in the period: the cohort") long registered,
        @Schema(description = "Given at least one invitation letter (also one later revoked or expired)") long invited,
        @Schema(description = "Linked their phone with an invitation code") long invitationRedeemed,
        @Schema(description = "Held a seat in a workshop at some time: a confirmed booking (also one later cancelled or moved), "
                + "or came as a walk-in; a place on a waiting list alone does not count")
        long booked,
        @Schema(description = "Marked present at a workshop") long attended,
        @Schema(description = "Signed the declaration, not revoked; a refusal does not count") long signed,
        @Schema(description = "Their (not revoked) signature is registered with DUO") long registeredWithDuo,
        @Schema(description = "Median of the days from registration to signing, over those who signed; null when nobody did")
        @Nullable Double medianDaysToSigning) {

    static final FunnelCounts NONE = new FunnelCounts(0, 0, 0, 0, 0, 0, 0, null);

    /** The person counts in step order, as the funnel shows them. */
    long[] steps() {
        return new long[] {registered, invited, invitationRedeemed, booked, attended, signed, registeredWithDuo};
    }
}
