package nl.meedoen.content;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ContentImportTest {

    private final ContentImporter importer;
    private final Sql database;

    ContentImportTest(ContentImporter importer, Sql database) {
        this.importer = importer;
        this.database = database;
    }

    @Test
    void importingUnchangedContentAgainWritesNothing() {
        importer.importAll();

        assertEquals(0, importer.importAll());
    }

    @Test
    void aChangedFileIsWrittenAgainAndNothingElse() {
        database.update("UPDATE content_text SET file_hash = 'edited', title = 'Oud' WHERE module = 'values' AND slug = 'vrijheid' AND lang = 'ar'");

        assertEquals(1, importer.importAll());
        String title = database.one("SELECT title FROM content_text WHERE module = 'values' AND slug = 'vrijheid' AND lang = 'ar'",
                row -> row.getString(1)).orElseThrow();
        assertEquals(false, title.equals("Oud"), "the shipped title is back");
    }

    @Test
    void aTextNoLongerShippedIsRemoved() {
        database.update("""
                INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                          source_version, review_status, file_hash)
                VALUES ('values', 'vrijheid', 'xx', 'Gone', '', '', '', 0, 1, 'unreviewed', 'x')
                """);

        assertEquals(1, importer.importAll());
        assertEquals(0, database.one("SELECT count(*) FROM content_text WHERE lang = 'xx'", row -> row.getInt(1)).orElseThrow());
    }

    @Test
    void instancesThatStartTogetherTakeTurns() throws Exception {
        try (ExecutorService instances = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch otherInstanceImports = new CountDownLatch(1);
            CountDownLatch otherInstanceDone = new CountDownLatch(1);
            Future<?> otherInstance = instances.submit(() -> database.inTransaction(() -> {
                database.one("SELECT true FROM pg_advisory_xact_lock(?)", row -> true, ContentImporter.IMPORT_LOCK);
                otherInstanceImports.countDown();
                await(otherInstanceDone);
                return null;
            }));
            assertTrue(otherInstanceImports.await(30, TimeUnit.SECONDS));

            Future<Integer> thisInstance = instances.submit(importer::importAll);
            waitUntil(() -> database.one("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                    row -> row.getInt(1)).orElseThrow() == 1);
            assertFalse(thisInstance.isDone(), "the import waits for the other instance");

            otherInstanceDone.countDown();
            otherInstance.get(30, TimeUnit.SECONDS);
            assertEquals(0, thisInstance.get(30, TimeUnit.SECONDS));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out");
            Thread.sleep(20);
        }
    }
}
