package nl.meedoen.content;

/** How far a reader can trust a text: the Dutch source, a reviewed or unreviewed translation, or an outdated one. */
public final class TextStatus {

    private TextStatus() {
    }

    /** {@code outdated} when the translation was made from an older version of the Dutch text than the current one. */
    public static String of(String reviewStatus, int madeFromVersion, int currentVersion) {
        if (reviewStatus.equals("source")) {
            return "source";
        }
        return madeFromVersion < currentVersion ? "outdated" : reviewStatus;
    }
}
