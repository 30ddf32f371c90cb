package nl.meedoen.content;

/** One page of content in one language, as stored. */
record ContentText(ContentModule module, String slug, String lang, String title, String summary, String bodyMarkdown,
                   String bodyHtml, int wordCount, int sourceVersion, String reviewStatus, String fileHash) {
}
