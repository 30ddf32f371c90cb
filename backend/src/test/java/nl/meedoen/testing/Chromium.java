package nl.meedoen.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium from the operating system (Debian's {@code chromium}), driven by Playwright.
 * Playwright's own browser download is not used: set {@code CHROMIUM_PATH} if the browser lives elsewhere.
 */
public final class Chromium {

    private static Chromium shared;

    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));

    private Chromium() {
    }

    /** One Playwright driver for all browser tests of the run; closed when the test JVM ends. */
    public static synchronized Chromium shared() {
        if (shared == null) {
            shared = new Chromium();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.playwright::close, "playwright-stop"));
        }
        return shared;
    }

    /** A phone-sized browser profile kept in a folder, so that closing and opening it again is a real restart. */
    public BrowserContext phone(Path profile, boolean offline) {
        return playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(ARGUMENTS)
                .setViewportSize(360, 740)
                .setLocale("nl-NL")
                .setOffline(offline));
    }
}
