package nl.meedoen.mail;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Where a feature puts a mail. The mail is a row in the database, written in the transaction of the
 * change that causes it: a change that is rolled back sends nothing, and a change that is committed
 * is never without its mail, even when the SMTP server is away or the service stops a moment later.
 */
@Singleton
public class Outbox {

    private final QueuedMails mails;

    Outbox(QueuedMails mails) {
        this.mails = mails;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void queue(Mail mail) {
        mails.save(QueuedMail.of(mail));
    }
}
