package nl.meedoen.push;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Removes sent and given-up notices after a month, and the subscriptions of phones that were signed
 * out: a lost phone keeps no endpoint here. Notices still waiting are never removed by age; they end
 * when their validity does.
 */
@Singleton
class PushCleanUp {

    static final Duration FINISHED_KEPT = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(PushCleanUp.class);

    private final QueuedPushes outbox;
    private final PushSubscriptions subscriptions;

    PushCleanUp(QueuedPushes outbox, PushSubscriptions subscriptions) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void run() {
        int notices = outbox.deleteFinishedBefore(Instant.now().minus(FINISHED_KEPT));
        int phones = subscriptions.deleteOfSignedOutPhones();
        LOG.info("Removed {} push notices finished more than {} days ago and {} subscriptions of signed-out phones",
                notices, FINISHED_KEPT.toDays(), phones);
    }
}
