package nl.meedoen.content;

/** The best available text of a page for a reader, with what is needed to judge it. */
record LocalisedText(String slug, int position, int currentVersion, String lang, String title, String summary,
                     String bodyHtml, int wordCount, int madeFromVersion, String reviewStatus) {

    /** {@code source} for the Dutch original; {@code outdated} when the Dutch page changed since translation. */
    String status() {
        return TextStatus.of(reviewStatus, madeFromVersion, currentVersion);
    }
}
