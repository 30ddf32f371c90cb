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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the {@code content/} folder that is packaged into the service, whether it runs from the
 * build's class folders or from the single jar.
 */
@Singleton
final class ShippedContent {

    private static final String MARKER = "content/README.md";

    List<ShippedFile> read() {
        URL marker = ShippedContent.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException(MARKER + " is not on the classpath: the build did not package content/");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readTree(jar.getPath("/content"));
                }
            }
            return readTree(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ShippedFile> readTree(Path root) throws IOException {
        List<ShippedFile> files = new ArrayList<>();
        for (ContentModule module : ContentModule.values()) {
            Path moduleFolder = root.resolve(module.folder());
            if (!Files.isDirectory(moduleFolder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(moduleFolder, 2)) {
                for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    String lang = path.getParent().getFileName().toString();
                    String name = path.getFileName().toString();
                    byte[] bytes = Files.readAllBytes(path);
                    files.add(new ShippedFile(module, lang, name.substring(0, name.length() - 3),
                            new String(bytes, StandardCharsets.UTF_8), sha256(bytes)));
                }
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
