package nl.meedoen.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * PostgreSQL's error detail quotes the row or key a statement failed on ("Failing row contains (…)",
 * "Key (email)=(…) already exists"): names, phone numbers and e-mail addresses. The driver is told to
 * leave it out of exception messages, so that no log or error report anywhere can repeat it; the
 * SQLState and constraint name stay available. Set in code rather than in the configuration, because
 * configuration keys of a map are not passed to the driver with their exact spelling.
 */
@Singleton
final class DriverWithoutErrorDetail implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.addDataSourceProperty("logServerErrorDetail", "false");
        return configuration;
    }
}
