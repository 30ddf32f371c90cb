package nl.meedoen.mail;

/** How a mail from the outbox reaches its recipient: over SMTP, or into the log of a demo. */
interface MailDelivery {

    /** Returns once the mail was handed over; throws when it was not, and then it is tried again later. */
    void deliver(QueuedMail mail) throws DeliveryFailed;
}
