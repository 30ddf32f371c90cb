package nl.meedoen.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID is made from its outbox row. Should a mail ever be sent a second time
 * (see {@link OutboxSender}), it carries the same Message-ID both times, and mail programs that
 * recognise duplicates show it once.
 */
final class OutboxMessage extends MimeMessage {

    private final String messageId;

    OutboxMessage(Session session, QueuedMail mail, String domain) {
        super(session);
        long made = mail.createdAt() == null ? 0 : mail.createdAt().toEpochMilli();
        this.messageId = "<outbox." + mail.id() + "." + made + "@" + domain + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
