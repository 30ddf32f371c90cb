package nl.meedoen.push;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The keys of a browser's subscription, checked before they are stored: {@code p256dh} must be a point
 * on the P-256 curve (an invalid point would only fail later, at every sending), {@code auth} 16 bytes.
 * Both come base64url-encoded, as {@code PushSubscription.toJSON()} writes them.
 */
record BrowserKeys(byte[] p256dh, byte[] auth) {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    private static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger A = P.subtract(BigInteger.valueOf(3));
    private static final BigInteger B = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

    static BrowserKeys decode(String p256dh, String auth) {
        byte[] point = decode("keys.p256dh", p256dh, 65);
        if (point[0] != 4 || !onCurve(point)) {
            throw new SubscriptionRejected("keys.p256dh: is not a P-256 public key");
        }
        return new BrowserKeys(point, decode("keys.auth", auth, 16));
    }

    private static byte[] decode(String name, String value, int length) {
        if (!BASE64URL.matcher(value).matches()) {
            throw new SubscriptionRejected(name + ": must be base64url");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(value.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new SubscriptionRejected(name + ": must be base64url");
        }
        if (bytes.length != length) {
            throw new SubscriptionRejected(name + ": must be " + length + " bytes, base64url-encoded");
        }
        return bytes;
    }

    /** y² = x³ + ax + b (mod p), with both coordinates below p. */
    private static boolean onCurve(byte[] point) {
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        return y.pow(2).mod(P).equals(x.pow(3).add(A.multiply(x)).add(B).mod(P));
    }
}
