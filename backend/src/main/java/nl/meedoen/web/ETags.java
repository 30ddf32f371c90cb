package nl.meedoen.web;

import org.jspecify.annotations.Nullable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** Strong entity tags computed from the exact bytes sent, and the If-None-Match test (RFC 9110). */
final class ETags {

    private ETags() {
    }

    /** A quoted tag such as {@code "r72GIsM26soFsUVlNikAKKxnc_e"}, with a suffix per content coding. */
    static String strong(byte[] bytes, String suffix) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + suffix + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Weak comparison, as If-None-Match asks for: a tag the client has, or "*". */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
