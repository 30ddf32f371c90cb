package nl.meedoen.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One answer as it goes over the wire: the JSON bytes, the same bytes gzipped, their strong ETags, and
 * the headers the controller set (language, caching).
 */
record PublishedResponse(long version, byte[] identity, byte[] gzip, String etag, String gzipEtag,
                         Map<String, String> headers) {

    static PublishedResponse of(long version, byte[] json, Map<String, String> headers) {
        String etag = digest(json);
        return new PublishedResponse(version, json, gzip(json), "\"" + etag + "\"", "\"" + etag + "-gzip\"", headers);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
