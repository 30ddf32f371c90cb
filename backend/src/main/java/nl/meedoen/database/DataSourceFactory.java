package nl.meedoen.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The one connection pool of this service instance. The schema is migrated by Flyway before the pool
 * is handed out, so no code ever sees an old schema. Several instances may start at once: Flyway
 * serialises their migrations with a lock in the database.
 */
@Factory
final class DataSourceFactory {

    @Singleton
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(@Value("${datasources.default.url:}") String url,
                                @Value("${datasources.default.username:}") String username,
                                @Value("${datasources.default.password:}") String password,
                                @Value("${datasources.default.maximum-pool-size:10}") int maximumPoolSize) {
        if (url.isBlank()) {
            throw new ConfigurationException("No database configured: set DATASOURCES_DEFAULT_URL, or leave it unset to use the embedded database");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setPoolName("meedoen");
        HikariDataSource dataSource = new HikariDataSource(config);
        migrate(dataSource);
        return dataSource;
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
