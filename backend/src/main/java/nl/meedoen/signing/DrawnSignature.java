package nl.meedoen.signing;

import java.util.Arrays;
import java.util.Base64;

/** A signature drawn on the screen, sent as the canvas's PNG data URL: at most 100 KB, and really a PNG. */
final class DrawnSignature {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DrawnSignature() {
    }

    static byte[] png(String data) {
        String base64 = data.startsWith("data:image/png;base64,") ? data.substring("data:image/png;base64,".length()) : data;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignature("signaturePng is not base64: send the canvas as a data URL (data:image/png;base64,…).");
        }
        if (bytes.length > 100 * 1024 || bytes.length < PNG.length || !Arrays.equals(Arrays.copyOf(bytes, PNG.length), PNG)) {
            throw new InvalidSignature("signaturePng must be a PNG image of at most 100 KB.");
        }
        return bytes;
    }
}
