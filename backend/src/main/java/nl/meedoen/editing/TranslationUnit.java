package nl.meedoen.editing;

/**
 * One piece of text in a translator's file: a field ({@code title}, {@code summary} or {@code body}) of
 * a national page, named {@code values/vrijheid/body}, with the Dutch source, the translation, the Dutch
 * version the source is, and a note for the translator.
 */
record TranslationUnit(String id, String source, String target, int sourceVersion, String note) {
}
