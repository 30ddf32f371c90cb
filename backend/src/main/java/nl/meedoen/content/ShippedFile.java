package nl.meedoen.content;

/** One Markdown file of {@code content/<module>/<lang>/<slug>.md}, as shipped with the service. */
record ShippedFile(ContentModule module, String lang, String slug, String text, String hash) {

    String path() {
        return module.folder() + "/" + lang + "/" + slug + ".md";
    }
}
