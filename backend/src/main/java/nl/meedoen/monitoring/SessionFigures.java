package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The workshop sessions held in the period (not cancelled, begun before now): their seats, how many were
 * taken and who came. A seat is taken by a booking that still holds it (a cancelled or moved booking gave
 * it back; a no-show kept it). The no-show rate is over the attendance recorded by the trainer or a
 * coordinator: no-shows out of present plus no-shows.
 */
@Serdeable
record SessionFigures(
        @Schema(description = "Sessions held in the period") long sessionsHeld,
        @Schema(description = "Seats in those sessions") long capacity,
        @Schema(description = "Seats held by a booking") long seatsTaken,
        @Schema(description = "Marked present, walk-ins included") long present,
        @Schema(description = "Marked as not come") long noShows,
        @Schema(description = "Seats taken out of the seats, in percent (one decimal); null without sessions") @Nullable Double fillRatePercent,
        @Schema(description = "No-shows out of present plus no-shows, in percent (one decimal); null when no attendance is recorded")
        @Nullable Double noShowRatePercent) {

    /** One session held in the period. */
    @Serdeable
    record Held(UUID id, String title, Instant startsAt, int capacity, long seatsTaken, long present, long noShows,
                @Nullable Double fillRatePercent, @Nullable Double noShowRatePercent) {
    }

    static SessionFigures of(List<FigureQueries.HeldSession> sessions) {
        long capacity = sessions.stream().mapToLong(FigureQueries.HeldSession::capacity).sum();
        long taken = sessions.stream().mapToLong(FigureQueries.HeldSession::seatsTaken).sum();
        long present = sessions.stream().mapToLong(FigureQueries.HeldSession::present).sum();
        long noShows = sessions.stream().mapToLong(FigureQueries.HeldSession::noShows).sum();
        return new SessionFigures(sessions.size(), capacity, taken, present, noShows, percent(taken, capacity),
                percent(noShows, present + noShows));
    }

    static Held held(FigureQueries.HeldSession session) {
        return new Held(session.id(), session.title(), session.startsAt(), session.capacity(), session.seatsTaken(), session.present(),
                session.noShows(), percent(session.seatsTaken(), session.capacity()),
                percent(session.noShows(), session.present() + session.noShows()));
    }

    static @Nullable Double percent(long part, long base) {
        return base == 0 ? null : Math.round(1000.0 * part / base) / 10.0;
    }
}
