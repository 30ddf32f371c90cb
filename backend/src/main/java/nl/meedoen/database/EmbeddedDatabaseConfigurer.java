package nl.meedoen.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;

import java.nio.file.Path;

/**
 * Points the default datasource at an embedded PostgreSQL unless a database was configured with
 * {@code DATASOURCES_DEFAULT_URL} (or the system property {@code datasources.default.url}).
 * Runs before the context is built, so every bean sees one consistent datasource configuration.
 */
@ContextConfigurer
public final class EmbeddedDatabaseConfigurer implements ApplicationContextConfigurer {

    static final String EMBEDDED_ENVIRONMENT = "embedded-database";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        if (externalDatabaseConfigured()) {
            return;
        }
        boolean ephemeral = Boolean.getBoolean("meedoen.embedded-database.ephemeral");
        Path dataDirectory = Path.of(System.getenv().getOrDefault("MEEDOEN_DATA_DIR", "data"), "postgres");
        EmbeddedDatabase database = EmbeddedDatabase.shared(dataDirectory, ephemeral);
        builder.propertySources(PropertySource.of(EMBEDDED_ENVIRONMENT, database.connectionProperties()));
        builder.environments(EMBEDDED_ENVIRONMENT);
    }

    private static boolean externalDatabaseConfigured() {
        return present(System.getenv("DATASOURCES_DEFAULT_URL")) || present(System.getProperty("datasources.default.url"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
