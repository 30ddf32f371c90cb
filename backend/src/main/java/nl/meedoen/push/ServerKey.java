package nl.meedoen.push;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.meedoen.web.PublicAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;

/**
 * The key pair that identifies Meedoen to push services (VAPID, RFC 8292). Browsers bind every
 * subscription to its public key, so there is one for all instances, made at the first start and
 * never replaced: instances starting together each offer one, the database keeps the first, and all
 * of them read that one back.
 */
@Singleton
class ServerKey {

    private static final Logger LOG = LoggerFactory.getLogger(ServerKey.class);

    private final StoredVapidKeys keys;
    private final String contact;
    private volatile @Nullable WebPush webPush;

    ServerKey(StoredVapidKeys keys, PublicAddress address, @Value("${meedoen.push.contact:}") String contact) {
        this.keys = keys;
        this.contact = contact.isBlank() ? address.base() : contact.strip();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        webPush();
        if (!contact.startsWith("https://") && !contact.startsWith("mailto:")) {
            LOG.warn("Web Push is switched off until MEEDOEN_PUSH_CONTACT names a mailto: address or the public address"
                    + " (MEEDOEN_PUSH_CONTACT or MEEDOEN_PUBLIC_URL) starts with https://; notifications wait in the outbox");
        }
    }

    /** Whether push services can be told who sends: they refuse a VAPID token without a contact. */
    boolean canSend() {
        return contact.startsWith("https://") || contact.startsWith("mailto:");
    }

    /** The uncompressed P-256 point browsers take as {@code applicationServerKey}. */
    byte[] publicKey() {
        return webPush().getVapidKeys().getApplicationServerKey();
    }

    /** Encrypts notifications and signs VAPID tokens with the stored key pair. */
    WebPush webPush() {
        WebPush current = webPush;
        if (current == null) {
            VapidKeys fresh = VapidKeys.generate();
            keys.addIfAbsent(fresh.getApplicationServerKey(), fresh.getPrivateKey().getEncoded());
            StoredVapidKey stored = keys.findById(1).orElseThrow();
            current = new WebPush(canSend() ? contact : "mailto:nobody@localhost", read(stored));
            webPush = current;
        }
        return current;
    }

    private static VapidKeys read(StoredVapidKey stored) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
            byte[] point = stored.publicKey();
            ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
            KeyFactory factory = KeyFactory.getInstance("EC");
            return new VapidKeys((ECPublicKey) factory.generatePublic(new ECPublicKeySpec(w, curve)),
                    (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored VAPID key pair cannot be read", e);
        }
    }
}
