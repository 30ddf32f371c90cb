package nl.meedoen.sessions;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A session as a coordinator sees it: the times as entered (Europe/Amsterdam) and as instants, and
 * how many seats are taken and how many newcomers wait.
 */
@Serdeable
record PlannedSession(UUID id, String title, LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt, Place place,
                      int capacity, List<String> languages, List<String> interpreterLanguages, List<Trainer> trainers, String status,
                      @Nullable UUID seriesId, long confirmed, long waitlisted) {

    @Serdeable
    record Trainer(UUID id, String name) {
    }
}
