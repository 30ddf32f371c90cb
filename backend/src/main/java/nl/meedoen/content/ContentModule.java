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

    static ContentModule ofFolder(String folder) {
        for (ContentModule module : values()) {
            if (module.folder.equals(folder)) {
                return module;
            }
        }
        throw new IllegalArgumentException("No content module in folder '" + folder + "'");
    }
}
