package nl.meedoen.push;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Plays the browser's part of Web Push with the JDK alone: a P-256 key pair and a 16-byte auth secret
 * for a subscription, and the decryption of an {@code aes128gcm} message (RFC 8188) encrypted for them
 * (RFC 8291): ECDH with the sender's key from the header, HKDF-SHA256 twice, AES-128-GCM.
 */
final class TestBrowser {

    private final KeyPair keys;
    private final byte[] publicKey;
    private final byte[] auth = new byte[16];

    TestBrowser() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(auth);
        publicKey = uncompressed((ECPublicKey) keys.getPublic());
    }

    /** The JSON body of PUT /newcomer/push-subscription, as PushSubscription.toJSON() writes it. */
    Map<String, Object> subscription(String endpoint) {
        return Map.of("endpoint", endpoint, "keys", Map.of("p256dh", base64url(publicKey), "auth", base64url(auth)));
    }

    String decrypt(byte[] message) {
        try {
            ByteBuffer header = ByteBuffer.wrap(message);
            byte[] salt = new byte[16];
            header.get(salt);
            int recordSize = header.getInt();
            int keyIdLength = header.get() & 0xff;
            byte[] senderKey = new byte[keyIdLength];
            header.get(senderKey);
            byte[] cipherText = Arrays.copyOfRange(message, header.position(), message.length);
            if (keyIdLength != 65 || cipherText.length > recordSize) {
                throw new AssertionError("Not one aes128gcm record with a P-256 key: key id " + keyIdLength + ", record size " + recordSize);
            }

            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(publicKeyFrom(senderKey), true);
            byte[] ecdhSecret = agreement.generateSecret();

            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), publicKey, senderKey);
            byte[] ikm = hkdf(auth, ecdhSecret, keyInfo, 32);
            byte[] contentKey = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = cipher.doFinal(cipherText);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new AssertionError("The last record does not end with the delimiter 0x02");
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("The message cannot be decrypted with the subscription's keys", e);
        }
    }

    static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static ECPublicKey publicKeyFrom(byte[] uncompressed) throws GeneralSecurityException {
        java.security.AlgorithmParameters parameters = java.security.AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(point, parameters.getParameterSpec(java.security.spec.ECParameterSpec.class)));
    }

    private static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copyRight(key.getW().getAffineX().toByteArray(), point, 1);
        copyRight(key.getW().getAffineY().toByteArray(), point, 33);
        return point;
    }

    /** A coordinate as 32 bytes, big-endian: BigInteger may add a sign byte or leave out leading zeros. */
    private static void copyRight(byte[] coordinate, byte[] target, int offset) {
        int length = Math.min(coordinate.length, 32);
        System.arraycopy(coordinate, coordinate.length - length, target, offset + 32 - length, length);
    }

    /** HKDF-SHA256 (RFC 5869) for at most 32 bytes: one round of expansion. */
    private static byte[] hkdf(byte[] salt, byte[] inputKey, byte[] info, int length) throws GeneralSecurityException {
        byte[] pseudoRandomKey = hmac(salt, inputKey);
        return Arrays.copyOf(hmac(pseudoRandomKey, concat(info, new byte[] {1})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }
}
