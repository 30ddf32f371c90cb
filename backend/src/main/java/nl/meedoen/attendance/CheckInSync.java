package nl.meedoen.attendance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.sessions.TrainerSessions;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Check-ins a trainer's phone made, perhaps hours ago without a connection, arriving in batches. Each
 * check-in carries the id the phone gave it: an id seen before is a duplicate and changes nothing, so
 * a batch sent again (the answer was lost, the tab was closed) is harmless. Two phones checking in the
 * same newcomer give one attendance and two check-ins. A check-in that cannot count is refused with
 * its reason; the rest of the batch goes on.
 */
@Singleton
class CheckInSync {

    static final int MAX_BATCH = 500;
    /** Room for a phone whose clock runs a little ahead. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Serdeable
    @Introspected
    @Schema(name = "CheckIn")
    record CheckIn(@NotNull UUID id, @NotNull UUID sessionId, @Nullable UUID bookingId,
                   @Nullable @Size(max = 400) String code, @NotNull Instant scannedAt,
                   @NotNull @Pattern(regexp = "scan|tick", message = "must be scan or tick") String method) {
    }

    @Serdeable
    @Introspected
    @Schema(name = "CheckInBatch")
    record Batch(@NotNull @Size(min = 1, max = MAX_BATCH) List<@Valid @NotNull CheckIn> checkIns) {
    }

    @Serdeable
    @Schema(name = "CheckInResult")
    record Result(UUID id, @Schema(allowableValues = {"accepted", "duplicate", "refused"}) String result,
                  @Nullable UUID newcomerId, @Nullable String reason, @Nullable String message) {

        static Result refused(UUID id, String reason, String message) {
            return new Result(id, "refused", null, reason, message);
        }
    }

    @Serdeable
    @Schema(name = "CheckInResults")
    record Results(List<Result> results) {
    }

    private final TrainerSessions sessions;
    private final TrainerAccess access;
    private final CheckInCodes codes;
    private final Attendances attendances;

    CheckInSync(TrainerSessions sessions, TrainerAccess access, CheckInCodes codes, Attendances attendances) {
        this.sessions = sessions;
        this.access = access;
        this.codes = codes;
        this.attendances = attendances;
    }

    @Transactional
    Results sync(SignedInStaff staff, Batch batch) {
        Set<UUID> known = new HashSet<>(attendances.knownCheckIns(batch.checkIns().stream().map(CheckIn::id).toList()));
        Map<UUID, Optional<TrainerSessions.Taught>> allowed = new HashMap<>();
        Instant now = Instant.now();
        List<Result> results = new ArrayList<>();
        for (CheckIn item : batch.checkIns()) {
            if (known.contains(item.id())) {
                results.add(new Result(item.id(), "duplicate", null, null, null));
                continue;
            }
            Optional<TrainerSessions.Taught> session = allowed.computeIfAbsent(item.sessionId(),
                    id -> sessions.find(id).filter(found -> access.mayRecord(staff, found)));
            Result result = session.map(found -> record(staff, found, item, now))
                    .orElseGet(() -> Result.refused(item.id(), "not-your-session", "You do not teach this session, or it does not exist."));
            if (!"refused".equals(result.result())) {
                known.add(item.id());
            }
            results.add(result);
        }
        return new Results(results);
    }

    private Result record(SignedInStaff staff, TrainerSessions.Taught session, CheckIn item, Instant now) {
        if (session.isCancelled()) {
            return Result.refused(item.id(), "session-cancelled", "The session was cancelled.");
        }
        if (item.scannedAt().isAfter(now.plus(CLOCK_SKEW))) {
            return Result.refused(item.id(), "in-the-future", "The time of the check-in lies in the future; check the phone's clock.");
        }
        boolean scan = "scan".equals(item.method());
        if (scan == (item.code() == null) || (item.code() == null) == (item.bookingId() == null)) {
            return Result.refused(item.id(), "invalid", "A scan carries the code and no booking id; a tick carries the booking id and no code.");
        }
        UUID bookingId;
        if (scan) {
            try {
                bookingId = codes.verify(item.code(), session.id(), item.scannedAt()).bookingId();
            } catch (CheckInCodeRefused refused) {
                return Result.refused(item.id(), refused.reason(), refused.detail());
            }
        } else {
            bookingId = item.bookingId();
        }
        Optional<TrainerSessions.Seat> booking = sessions.booking(bookingId).filter(seat -> seat.sessionId().equals(session.id()));
        if (booking.isEmpty()) {
            return Result.refused(item.id(), "unknown-booking", "There is no such booking in this session.");
        }
        if (!booking.get().isConfirmed()) {
            return Result.refused(item.id(), "no-seat",
                    "This booking holds no seat (" + booking.get().status() + "). Add the newcomer as a walk-in instead.");
        }
        UUID newcomer = booking.get().newcomerId();
        attendances.arrive(session.id(), newcomer, bookingId, false, false, staff.id());
        int added = attendances.checkIn(item.id(), session.id(), newcomer, item.method(), item.scannedAt(), staff.id());
        return new Result(item.id(), added == 1 ? "accepted" : "duplicate", newcomer, null, null);
    }
}
