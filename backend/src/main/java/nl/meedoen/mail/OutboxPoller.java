package nl.meedoen.mail;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Looks for due mail every few seconds ({@code meedoen.mail.poll-interval}) on every instance. Without
 * a way to deliver mail (no SMTP server, and no demo) nothing is sent: mail waits in the outbox, and
 * the start-up log says so.
 */
@Singleton
class OutboxPoller {

    /** A bound per round, so that one round never runs for long; the next round picks up the rest. */
    private static final int MOST_PER_ROUND = 100;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);

    private final Optional<OutboxSender> sender;
    private final QueuedMails mails;

    OutboxPoller(Optional<OutboxSender> sender, QueuedMails mails) {
        this.sender = sender;
        this.mails = mails;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (sender.isEmpty()) {
            LOG.warn("No SMTP server is configured (MEEDOEN_SMTP_HOST): mail is kept in the outbox and not sent; {} mails are waiting",
                    mails.countBySentAtIsNull());
        }
    }

    @Scheduled(fixedDelay = "${meedoen.mail.poll-interval:5s}", initialDelay = "${meedoen.mail.poll-interval:5s}")
    void sendDue() {
        if (sender.isEmpty()) {
            return;
        }
        for (int round = 0; round < MOST_PER_ROUND; round++) {
            if (!sender.get().sendNext()) {
                return;
            }
        }
    }
}
