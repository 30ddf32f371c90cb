package nl.meedoen.content;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.meedoen.database.Database;
import nl.meedoen.locale.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the shipped {@code content/} into the database at start-up. Only files whose bytes changed
 * are written, so a restart with the same content writes nothing. Instances that start together take
 * turns through an advisory lock. A file that breaks the format is skipped with an error in the log
 * instead of stopping the service; the content tests reject such files before they ship.
 */
@Singleton
final class ContentImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ContentImporter.class);
    private static final long IMPORT_LOCK = 0x4d454544_4f454eL;

    private final ShippedContent shipped;
    private final ContentTexts texts;
    private final MarkdownRenderer renderer;
    private final SupportedLocales locales;
    private final Database database;

    ContentImporter(ShippedContent shipped, ContentTexts texts, MarkdownRenderer renderer, SupportedLocales locales,
                    Database database) {
        this.shipped = shipped;
        this.texts = texts;
        this.renderer = renderer;
        this.locales = locales;
        this.database = database;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        importAll();
    }

    /** Returns how many files were written. */
    int importAll() {
        List<ShippedFile> files = shipped.read();
        return database.inTransaction(() -> {
            database.one("SELECT pg_advisory_xact_lock(?)", row -> true, IMPORT_LOCK);
            Map<String, String> knownHashes = texts.fileHashes();
            Map<String, Integer> sourceVersions = new HashMap<>();
            Set<String> shippedKeys = new HashSet<>();
            int written = 0;
            // Dutch first: every translation refers to its Dutch page.
            List<ShippedFile> ordered = files.stream()
                    .sorted((a, b) -> Boolean.compare(!a.lang().equals(SupportedLocales.SOURCE), !b.lang().equals(SupportedLocales.SOURCE)))
                    .toList();
            for (ShippedFile file : ordered) {
                try {
                    ContentText text = toText(file, sourceVersions);
                    shippedKeys.add(ContentTexts.key(file.module(), file.slug(), file.lang()));
                    if (!file.hash().equals(knownHashes.get(ContentTexts.key(file.module(), file.slug(), file.lang())))) {
                        texts.save(text);
                        written++;
                    }
                } catch (MarkdownPage.InvalidContent e) {
                    LOG.error("Skipped content/{}: {}", file.path(), e.getMessage());
                }
            }
            int removed = texts.deleteAllExcept(shippedKeys);
            if (written + removed > 0) {
                LOG.info("Imported content: {} files written, {} removed, {} unchanged", written, removed,
                        shippedKeys.size() - written);
            }
            return written + removed;
        });
    }

    private ContentText toText(ShippedFile file, Map<String, Integer> sourceVersions) {
        if (locales.find(file.lang()).isEmpty()) {
            throw new MarkdownPage.InvalidContent("folder '" + file.lang() + "' is not a supported language");
        }
        if (!file.slug().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new MarkdownPage.InvalidContent("file names are lower case words joined by '-'");
        }
        MarkdownPage page = MarkdownPage.parse(file.text());
        String pageKey = file.module() + "/" + file.slug();
        boolean source = file.lang().equals(SupportedLocales.SOURCE);
        int sourceVersion;
        String status;
        if (source) {
            sourceVersion = page.positiveNumber("version");
            sourceVersions.put(pageKey, sourceVersion);
            status = "source";
            texts.savePage(file.module(), file.slug(), page.positiveNumber("order"), sourceVersion, page.list("keywords"));
        } else {
            Integer current = sourceVersions.get(pageKey);
            if (current == null) {
                throw new MarkdownPage.InvalidContent("there is no Dutch page " + file.slug() + ".md to translate");
            }
            sourceVersion = page.positiveNumber("source-version");
            if (sourceVersion > current) {
                throw new MarkdownPage.InvalidContent("source-version " + sourceVersion + " is newer than the Dutch page (" + current + ")");
            }
            status = page.text("status");
            if (!status.equals("unreviewed") && !status.equals("reviewed")) {
                throw new MarkdownPage.InvalidContent("status must be 'unreviewed' or 'reviewed'");
            }
        }
        return new ContentText(file.module(), file.slug(), file.lang(), page.text("title"), page.textOrEmpty("summary"),
                page.body(), renderer.toSafeHtml(page.body()), renderer.wordCount(page.body()), sourceVersion, status, file.hash());
    }
}
