package nl.meedoen.signing;

import org.jspecify.annotations.Nullable;

/** The device a signature was made on, as its browser names itself: at most 200 visible characters. */
final class DeviceSummary {

    private DeviceSummary() {
    }

    static @Nullable String of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String visible = userAgent.replaceAll("[^\\x20-\\x7E]", "").strip();
        return visible.length() > 200 ? visible.substring(0, 200) : visible;
    }
}
