package nl.meedoen.identity;

import java.util.Locale;

/**
 * A sign-in through a provider that did not go through. The browser is sent back to the app with the
 * reason's code in the address (never a text: nobody can make the sign-in screen say something else),
 * and the app explains it in Dutch.
 */
final class OidcFailed extends RuntimeException {

    enum Reason {
        /** The provider sent no code back: the person cancelled, or the provider refused outright. */
        CANCELLED,
        /** The sign-in is unknown, took over ten minutes, or was already finished. */
        EXPIRED,
        /** The callback came from a browser that did not start this sign-in. */
        OTHER_BROWSER,
        UNREACHABLE,
        PROVIDER_REFUSED,
        INVALID_ANSWER,
        /** No e-mail address, or one the provider does not say (with a JSON {@code true}) it has verified. */
        EMAIL_NOT_VERIFIED,
        /**
         * No active account, or one with a role outside the provider's reach. One reason for all of
         * these, so that a provider cannot find out which addresses belong to staff elsewhere.
         */
        NOT_ALLOWED;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    OidcFailed(Reason reason) {
        super(reason.code(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
