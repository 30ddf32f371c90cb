package nl.meedoen.content;

/** The national content collections, each a folder under {@code content/}. */
public enum ContentModule {
    VALUES("values"),
    WEGWIJS("wegwijs");

    private final String folder;

    ContentModule(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }
}
