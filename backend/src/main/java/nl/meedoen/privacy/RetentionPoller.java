package nl.meedoen.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Every instance asks each hour ({@code meedoen.retention.check-every}) whether today's retention run is
 * still to be done; the first to ask does it ({@link RetentionRuns}). So it runs soon after midnight, or
 * soon after the first start of the day, and once. {@code meedoen.retention.enabled=false} switches it off.
 */
@Singleton
@Requires(property = "meedoen.retention.enabled", notEquals = "false")
class RetentionPoller {

    private final RetentionJob job;

    RetentionPoller(RetentionJob job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${meedoen.retention.check-every:1h}", initialDelay = "${meedoen.retention.first-check-after:15m}")
    void run() {
        job.runToday();
    }
}
