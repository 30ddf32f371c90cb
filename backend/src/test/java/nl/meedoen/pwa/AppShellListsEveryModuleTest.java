package nl.meedoen.pwa;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lists of files in index.html and sw.js are kept by hand, because there is no bundler to make them.
 * A module missing from the service worker's list breaks the app offline; one missing from the
 * modulepreload links costs a newcomer an extra round trip before the first screen.
 */
class AppShellListsEveryModuleTest {

    private static final Path PUBLIC = Path.of("src/main/resources/public");
    private static final Pattern STATIC_IMPORT = Pattern.compile("^import [^;]*? from '([^']+)';", Pattern.MULTILINE);
    private static final Pattern MODULEPRELOAD = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">");
    private static final Pattern SHELL_ENTRY = Pattern.compile("'(/[^']*)'");

    @Test
    void theServiceWorkerKeepsEveryModuleForOfflineUse() throws IOException {
        String worker = Files.readString(PUBLIC.resolve("sw.js"));
        String shell = worker.substring(worker.indexOf("const SHELL = ["), worker.indexOf("];", worker.indexOf("const SHELL = [")));
        Set<String> kept = matches(SHELL_ENTRY, shell);
        try (Stream<Path> files = Files.walk(PUBLIC.resolve("js"))) {
            Set<String> modules = new TreeSet<>(files.filter(file -> file.toString().endsWith(".js")).map(this::urlOf).toList());
            modules.removeAll(kept);
            assertTrue(modules.isEmpty(), "sw.js does not keep " + modules);
        }
    }

    @Test
    void indexPreloadsExactlyTheModulesTheAppImportsAtStart() throws IOException {
        Set<String> imported = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of("/js/app.js"));
        while (!todo.isEmpty()) {
            String module = todo.pop();
            Path file = PUBLIC.resolve(module.substring(1));
            for (String target : matches(STATIC_IMPORT, Files.readString(file))) {
                String url = urlOf(file.getParent().resolve(target).normalize());
                if (imported.add(url)) todo.push(url);
            }
        }
        Set<String> preloaded = matches(MODULEPRELOAD, Files.readString(PUBLIC.resolve("index.html")));
        assertEquals(imported, preloaded, "index.html's modulepreload links against app.js's static imports");
    }

    private String urlOf(Path file) {
        return "/" + PUBLIC.relativize(file).toString().replace('\\', '/');
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) found.add(matcher.group(1));
        return found;
    }
}
