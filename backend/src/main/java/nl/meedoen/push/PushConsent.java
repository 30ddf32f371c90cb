package nl.meedoen.push;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.SignedInNewcomer;

/** A newcomer allows notifications on a phone, or withdraws them. */
@Singleton
class PushConsent {

    private final PushSubscriptions subscriptions;
    private final PushServices services;

    PushConsent(PushSubscriptions subscriptions, PushServices services) {
        this.subscriptions = subscriptions;
        this.services = services;
    }

    @Transactional
    void allow(SignedInNewcomer phone, String endpoint, String p256dh, String auth) {
        services.require(endpoint);
        BrowserKeys keys = BrowserKeys.decode(p256dh, auth);
        subscriptions.releaseEndpoint(endpoint, phone.sessionId());
        subscriptions.store(phone.sessionId(), endpoint, keys.p256dh(), keys.auth());
    }

    /** Notices still waiting for this phone go with its subscription. */
    @Transactional
    void withdraw(SignedInNewcomer phone) {
        subscriptions.deleteOfSession(phone.sessionId());
    }
}
