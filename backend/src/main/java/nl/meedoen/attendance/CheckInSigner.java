package nl.meedoen.attendance;

import jakarta.inject.Singleton;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Signs and verifies with the platform's Ed25519 key pair, kept in PostgreSQL so that every instance
 * signs with the same key. The first instance that needs a key makes one; when two do so at once,
 * the row's primary key keeps the first, and both then use the one stored.
 */
@Singleton
class CheckInSigner {

    /** An X.509 Ed25519 public key is this fixed prefix followed by the 32 bytes of the raw key. */
    private static final int X509_PREFIX = 12;

    private final CheckInKeys keys;
    private volatile KeyPair pair;

    CheckInSigner(CheckInKeys keys) {
        this.keys = keys;
    }

    byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(pair().getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verifies(byte[] message, byte[] signature) {
        return verifies(pair().getPublic(), message, signature);
    }

    static boolean verifies(PublicKey key, byte[] message, byte[] signed) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The 32 bytes of the public key, as the browser's {@code crypto.subtle.importKey("raw", …)} reads them. */
    byte[] rawPublicKey() {
        byte[] encoded = pair().getPublic().getEncoded();
        return Arrays.copyOfRange(encoded, X509_PREFIX, encoded.length);
    }

    private KeyPair pair() {
        KeyPair known = pair;
        if (known == null) {
            synchronized (this) {
                known = pair;
                if (known == null) {
                    known = loadOrMake();
                    pair = known;
                }
            }
        }
        return known;
    }

    private KeyPair loadOrMake() {
        if (keys.findById((short) 1).isEmpty()) {
            KeyPair fresh = generate();
            keys.addUnlessPresent(fresh.getPrivate().getEncoded(), fresh.getPublic().getEncoded());
        }
        CheckInKey stored = keys.findById((short) 1).orElseThrow();
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey()));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(stored.publicKey()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored check-in key cannot be read", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }
}
