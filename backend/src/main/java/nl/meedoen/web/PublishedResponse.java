package nl.meedoen.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One answer as it goes over the wire: the JSON bytes, the same bytes gzipped, their strong ETags, and
 * the headers the controller set (language, caching).
 */
record PublishedResponse(long version, byte[] identity, byte[] gzip, String etag, String gzipEtag,
                         Map<String, String> headers) {

    static PublishedResponse of(long version, byte[] json, Map<String, String> headers) {
        return new PublishedResponse(version, json, gzip(json), ETags.strong(json, ""), ETags.strong(json, "-gzip"), headers);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        // Compressed once and sent many times, so the slowest, smallest setting pays off.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
