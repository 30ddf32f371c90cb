package nl.meedoen.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Removes sent mail after a month: long enough to answer "did the mail go out?", short enough not to
 * keep addresses for no reason. Unsent mail is never removed.
 */
@Singleton
class OutboxCleanUp {

    static final Duration SENT_MAIL_KEPT = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxCleanUp.class);

    private final QueuedMails mails;

    OutboxCleanUp(QueuedMails mails) {
        this.mails = mails;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void run() {
        LOG.info("Removed {} mails sent more than {} days ago", mails.deleteSentBefore(Instant.now().minus(SENT_MAIL_KEPT)),
                SENT_MAIL_KEPT.toDays());
    }
}
