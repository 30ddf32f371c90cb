package nl.meedoen.signing;

/**
 * One wording of the declaration in one language: the Dutch text that is signed (status
 * {@code source}), or a translation for understanding ({@code unreviewed} or {@code reviewed}).
 */
record DeclarationText(long id, int version, String wording, String lang, String title, String bodyMarkdown,
                       String voluntary, String reviewStatus) {
}
