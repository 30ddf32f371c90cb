package nl.meedoen.privacy;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Once a day, across all instances: erases the personal data of every newcomer whose trajectory ended
 * longer ago than {@code meedoen.retention.keep-for} ({@link TrajectoryEnds}, {@link RetentionErasure}).
 * Time comes from the {@link Clock} bean, so tests can move it. Logs and records counts only.
 */
@Singleton
public class RetentionJob {

    /** A bound per transaction, so that no run holds many rows locked for long. */
    static final int MOST_PER_TRANSACTION = 200;

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final RetentionSettings settings;
    private final RetentionRuns runs;
    private final TrajectoryEnds ends;
    private final RetentionErasure erasure;
    private final Clock clock;

    RetentionJob(RetentionSettings settings, RetentionRuns runs, TrajectoryEnds ends, RetentionErasure erasure, Clock clock) {
        this.settings = settings;
        this.runs = runs;
        this.ends = ends;
        this.erasure = erasure;
        this.clock = clock;
    }

    /** Runs today's erasure unless some instance already did (or is doing) it; the counts when this call did it. */
    public Optional<String> runToday() {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, NETHERLANDS);
        Instant cutoff = now.atZone(NETHERLANDS).minus(settings.keepFor()).toInstant();
        if (!runs.claim(day, now, cutoff)) {
            return Optional.empty();
        }
        RetentionCounts total = new RetentionCounts().add("newcomers", 0);
        for (String municipality : ends.municipalitiesWithEndsBefore(cutoff)) {
            RetentionCounts batch;
            do {
                batch = erasure.eraseBatch(municipality, cutoff, now, MOST_PER_TRANSACTION);
                total.add(batch);
            } while (batch.of("newcomers") == MOST_PER_TRANSACTION);
        }
        runs.finish(day, clock.instant(), total);
        LOG.info("Retention run of {}: personal data erased of trajectories ended before {} (kept {}): {}", day, cutoff,
                settings.keepFor(), total.summary());
        if (total.of("signatures-kept-whole") > 0) {
            LOG.warn("{} signature rows written before migration V29 keep their personal parts: they are part of the rows' hashes, "
                     + "so erasing them would break the chain", total.of("signatures-kept-whole"));
        }
        return Optional.of(total.summary());
    }
}
