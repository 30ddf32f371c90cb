package nl.meedoen.content;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings the shipped {@code content/} into the database at start-up. Only files whose bytes changed
 * are written, so a restart with the same content writes nothing. Instances that start together take
 * turns through an advisory lock. A file that breaks the format is skipped with an error in the log
 * instead of stopping the service; the content tests reject such files before they ship.
 */
@Singleton
class ContentImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ContentImporter.class);
    static final long IMPORT_LOCK = 0x4d454544_4f454eL;

    private final ShippedContent shipped;
    private final ContentPages pages;
    private final ContentTexts texts;
    private final MarkdownRenderer renderer;
    private final SupportedLocales locales;

    ContentImporter(ShippedContent shipped, ContentPages pages, ContentTexts texts, MarkdownRenderer renderer,
                    SupportedLocales locales) {
        this.shipped = shipped;
        this.pages = pages;
        this.texts = texts;
        this.renderer = renderer;
        this.locales = locales;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        importAll();
    }

    /** Returns how many texts and pages were written or removed. */
    @Transactional
    int importAll() {
        List<ShippedFile> files = shipped.read();
        pages.lockUntilCommit(IMPORT_LOCK);
        List<ImportedFile> imported = texts.importedFiles();
        Map<TextKey, String> knownHashes = imported.stream()
                .collect(Collectors.toMap(ImportedFile::key, ImportedFile::fileHash));
        Set<TextKey> edited = imported.stream().filter(ImportedFile::edited).map(ImportedFile::key).collect(Collectors.toSet());
        Map<String, Integer> sourceVersions = new HashMap<>();
        Set<TextKey> shippedKeys = new HashSet<>();
        int written = 0;
        // Dutch first: every translation refers to its Dutch page.
        List<ShippedFile> ordered = files.stream()
                .sorted((a, b) -> Boolean.compare(!a.lang().equals(SupportedLocales.SOURCE), !b.lang().equals(SupportedLocales.SOURCE)))
                .toList();
        for (ShippedFile file : ordered) {
            try {
                ContentText text = toText(file, sourceVersions, edited);
                shippedKeys.add(text.key());
                if (file.hash().equals(knownHashes.get(text.key()))) {
                    continue;
                }
                if (edited.contains(text.key())) {
                    // An editor's published text is newer than any file: keep it and show editors the difference.
                    TextKey key = text.key();
                    texts.keepEditedText(key.module(), key.slug(), key.lang(), file.hash());
                    LOG.warn("Kept the editor's text of {} over the changed file content/{}", key, file.path());
                } else {
                    save(text);
                    written++;
                }
            } catch (MarkdownPage.InvalidContent e) {
                LOG.error("Skipped content/{}: {}", file.path(), e.getMessage());
            }
        }
        int removed = removeAllExcept(knownHashes.keySet(), shippedKeys, edited);
        if (written + removed > 0) {
            LOG.info("Imported content: {} files written, {} removed, {} unchanged", written, removed,
                    shippedKeys.size() - written);
        }
        return written + removed;
    }

    private void save(ContentText text) {
        TextKey key = text.key();
        texts.saveOrReplace(key.module(), key.slug(), key.lang(), text.title(), text.summary(),
                text.bodyMarkdown(), text.bodyHtml(), text.wordCount(), text.sourceVersion(), text.reviewStatus(),
                text.fileHash());
    }

    /**
     * Removes texts whose file is no longer shipped, unless an editor wrote them, and pages left without
     * their Dutch source.
     */
    private int removeAllExcept(Set<TextKey> known, Set<TextKey> shippedKeys, Set<TextKey> edited) {
        int removed = 0;
        for (TextKey key : known) {
            if (!shippedKeys.contains(key) && !edited.contains(key)) {
                texts.deleteById(key);
                removed++;
            }
        }
        return removed + pages.deleteWithoutDutchText();
    }

    private ContentText toText(ShippedFile file, Map<String, Integer> sourceVersions, Set<TextKey> edited) {
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
            pages.saveOrUpdate(file.module(), file.slug(), page.positiveNumber("order"), sourceVersion,
                    page.list("keywords"), edited.contains(new TextKey(file.module(), file.slug(), file.lang())));
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
        return new ContentText(new TextKey(file.module(), file.slug(), file.lang()), page.text("title"),
                page.textOrEmpty("summary"), page.body(), renderer.toSafeHtml(page.body()), renderer.wordCount(page.body()),
                sourceVersion, status, file.hash());
    }
}
