package nl.meedoen.mail;

/**
 * A mail could not be handed over. The reason names the kind of failure only (an exception type, an
 * SMTP reply code), never an address or a text from the mail, so it may be stored and logged.
 */
final class DeliveryFailed extends Exception {

    DeliveryFailed(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
