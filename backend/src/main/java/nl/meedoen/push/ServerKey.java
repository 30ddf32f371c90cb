package nl.meedoen.push;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.meedoen.web.PublicAddress;
import org.jspecify.annotations.Nullable;

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

    private final StoredVapidKeys keys;
    private final String contact;
    private volatile @Nullable VapidKeys vapidKeys;
    private volatile @Nullable WebPush webPush;

    ServerKey(StoredVapidKeys keys, PublicAddress address, @Value("${meedoen.push.contact:}") String contact) {
        this.keys = keys;
        this.contact = contact.isBlank() ? address.base() : contact.strip();
    }

    /** The key pair is made at the first start, not when the first browser asks for it. */
    @EventListener
    void onStartup(StartupEvent event) {
        vapidKeys();
    }

    /** Whether push services can be told who sends: they refuse a VAPID token without a contact. */
    boolean canSend() {
        return contact.startsWith("https://") || contact.startsWith("mailto:");
    }

    /** The uncompressed P-256 point browsers take as {@code applicationServerKey}. */
    byte[] publicKey() {
        return vapidKeys().getApplicationServerKey();
    }

    /** Encrypts notifications and signs VAPID tokens with the stored key pair; only when {@link #canSend()}. */
    WebPush webPush() {
        WebPush current = webPush;
        if (current == null) {
            if (!canSend()) {
                throw new IllegalStateException("No contact for push services: set MEEDOEN_PUSH_CONTACT");
            }
            current = new WebPush(contact, vapidKeys());
            webPush = current;
        }
        return current;
    }

    private VapidKeys vapidKeys() {
        VapidKeys current = vapidKeys;
        if (current == null) {
            VapidKeys fresh = VapidKeys.generate();
            keys.addIfAbsent(fresh.getApplicationServerKey(), fresh.getPrivateKey().getEncoded());
            current = read(keys.findById(1).orElseThrow());
            vapidKeys = current;
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
