package nl.meedoen.content;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shipped files of one folder of {@code content/} that another feature imports itself (the
 * participation declaration, whose versions are all kept), parsed as front matter and Markdown body
 * the same way as the values module.
 */
@Singleton
public final class ContentFolder {

    private static final String MARKER = "content/README.md";

    /** One {@code content/<folder>/<lang>/<slug>.md}; {@code fileHash} is the SHA-256 of its bytes. */
    public record File(String lang, String slug, Map<String, Object> frontMatter, String body, String fileHash) {

        public String text(String key) {
            return checked(page -> page.text(key));
        }

        public String textOrEmpty(String key) {
            return checked(page -> page.textOrEmpty(key));
        }

        public int positiveNumber(String key) {
            return checked(page -> page.positiveNumber(key));
        }

        public String path() {
            return lang + "/" + slug + ".md";
        }

        private <T> T checked(java.util.function.Function<MarkdownPage, T> field) {
            try {
                return field.apply(new MarkdownPage(frontMatter, body));
            } catch (MarkdownPage.InvalidContent e) {
                throw new InvalidFile(path(), e.getMessage());
            }
        }
    }

    /** A file that breaks the format of {@code content/README.md}. */
    public static final class InvalidFile extends RuntimeException {
        InvalidFile(String path, String reason) {
            super("content/" + path + ": " + reason);
        }
    }

    public List<File> read(String folder) {
        URL marker = ContentFolder.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException(MARKER + " is not on the classpath: the build did not package content/");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readTree(jar.getPath("/content").resolve(folder), folder);
                }
            }
            return readTree(Path.of(uri).getParent().resolve(folder), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<File> readTree(Path root, String folder) throws IOException {
        List<File> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root, 2)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String lang = path.getParent().getFileName().toString();
                String name = path.getFileName().toString();
                String slug = name.substring(0, name.length() - 3);
                byte[] bytes = Files.readAllBytes(path);
                try {
                    MarkdownPage page = MarkdownPage.parse(new String(bytes, StandardCharsets.UTF_8));
                    files.add(new File(lang, slug, page.frontMatter(), page.body(), ShippedContent.sha256(bytes)));
                } catch (MarkdownPage.InvalidContent e) {
                    throw new InvalidFile(folder + "/" + lang + "/" + name, e.getMessage());
                }
            }
        }
        return files;
    }
}
