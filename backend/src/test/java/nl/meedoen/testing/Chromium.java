package nl.meedoen.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

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

    /**
     * Waits until an async function in the page, such as a look into its caches, returns true.
     * {@link Page#waitForFunction} takes the promise such a function returns for a true value and
     * does not wait, so this asks again until the answer itself is true.
     */
    public static void awaitInPage(Page page, String asyncFunction) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Boolean.TRUE.equals(page.evaluate(asyncFunction))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not true after 30 s: " + asyncFunction);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** Elements that stick out of the screen on either side, and the page itself when it is wider. */
    private static final String WIDER_THAN_THE_SCREEN = """
            () => {
              const width = document.documentElement.clientWidth;
              const wide = [...document.querySelectorAll('body *')]
                .filter(element => {
                  const box = element.getBoundingClientRect();
                  return box.width > 0 && (box.left < -1 || box.right > width + 1);
                })
                .map(element => element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
                  + ' (' + Math.round(element.getBoundingClientRect().width) + ' px)');
              if (document.documentElement.scrollWidth > width) {
                wide.unshift('the page (' + document.documentElement.scrollWidth + ' px)');
              }
              return wide.slice(0, 6).join(', ');
            }""";

    /** Fails when the page is wider than the window, so that it scrolls sideways. */
    public static void assertNoSidewaysScroll(Page page, String where) {
        int overflow = ((Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        if (overflow > 0) {
            throw new AssertionError(where + " scrolls sideways by " + overflow + " px at "
                    + page.evaluate("() => document.documentElement.clientWidth") + " px");
        }
    }

    /**
     * Stricter than {@link #assertNoSidewaysScroll}: fails when any element sticks out of the screen on
     * either side, even one the page clips, and names the first few.
     */
    public static void assertEverythingFitsTheScreen(Page page, String where) {
        Object wide = page.evaluate(WIDER_THAN_THE_SCREEN);
        if (!"".equals(wide)) {
            throw new AssertionError(where + " is wider than the screen: " + wide);
        }
    }
}
