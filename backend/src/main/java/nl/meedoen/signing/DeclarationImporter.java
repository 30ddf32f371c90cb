package nl.meedoen.signing;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.content.ContentFolder;
import nl.meedoen.database.PlainSql;
import nl.meedoen.locale.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;

/**
 * Brings {@code content/declaration/} into the database at start-up. Nothing is ever replaced: a new
 * Dutch version is added next to the old ones, and a changed translation is added as a new revision.
 * A Dutch text that changed under a version it already has is refused (its signatures name that
 * version), as is a file that breaks the format; both are logged, and the content test rejects them
 * before they ship.
 */
@Singleton
class DeclarationImporter {

    static final String FOLDER = "declaration";
    static final String SLUG = "participatieverklaring";
    private static final Logger LOG = LoggerFactory.getLogger(DeclarationImporter.class);

    private final ContentFolder folder;
    private final DeclarationTexts texts;
    private final SupportedLocales locales;
    private final PlainSql db;

    DeclarationImporter(ContentFolder folder, DeclarationTexts texts, SupportedLocales locales, PlainSql db) {
        this.folder = folder;
        this.texts = texts;
        this.locales = locales;
        this.db = db;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        importAll();
    }

    /** Returns how many texts were added. */
    @Transactional
    int importAll() {
        db.lockUntilCommit("declaration-import");
        List<ContentFolder.File> files = folder.read(FOLDER).stream()
                .filter(file -> file.slug().equals(SLUG))
                // Dutch first: a translation names the Dutch version it was made from.
                .sorted(Comparator.comparing(file -> !file.lang().equals(SupportedLocales.SOURCE)))
                .toList();
        int added = 0;
        for (ContentFolder.File file : files) {
            try {
                added += importFile(file);
            } catch (ContentFolder.InvalidFile | IllegalArgumentException e) {
                LOG.error("Skipped content/{}/{}: {}", FOLDER, file.path(), e.getMessage());
            }
        }
        if (added > 0) {
            LOG.info("Imported {} texts of the participation declaration", added);
        }
        return added;
    }

    private int importFile(ContentFolder.File file) {
        if (locales.find(file.lang()).isEmpty()) {
            throw new IllegalArgumentException("folder '" + file.lang() + "' is not a supported language");
        }
        String title = file.text("title");
        String voluntary = file.text("voluntary");
        String status = file.lang().equals(SupportedLocales.SOURCE) ? "source" : file.text("status");
        String hash = DocumentHash.sha256Hex(status + "\n" + title + "\n" + voluntary + "\n" + file.body());
        if (file.lang().equals(SupportedLocales.SOURCE)) {
            int version = file.positiveNumber("version");
            String wording = file.text("wording");
            if (!wording.equals("platform") && !wording.equals("official")) {
                throw new IllegalArgumentException("wording must be 'platform' or 'official'");
            }
            var known = texts.dutchHash(version);
            if (known.isPresent()) {
                if (!known.get().equals(hash)) {
                    throw new IllegalArgumentException("the Dutch text of version " + version
                            + " was signed as it was; a changed text needs a new version");
                }
                return 0;
            }
            texts.addVersion(version, wording);
            texts.add(version, file.lang(), title, file.body(), voluntary, "source", hash);
            return 1;
        }
        int version = file.positiveNumber("source-version");
        if (!status.equals("unreviewed") && !status.equals("reviewed")) {
            throw new IllegalArgumentException("status must be 'unreviewed' or 'reviewed'");
        }
        if (texts.dutchHash(version).isEmpty()) {
            throw new IllegalArgumentException("there is no Dutch version " + version + " to translate");
        }
        if (texts.hashOf(version, file.lang(), hash).isPresent()) {
            return 0;
        }
        texts.add(version, file.lang(), title, file.body(), voluntary, status, hash);
        return 1;
    }
}
