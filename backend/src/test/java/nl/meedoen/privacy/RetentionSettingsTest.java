package nl.meedoen.privacy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Period;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** meedoen.retention.keep-for is an ISO-8601 period of at least 30 days; anything else stops the start with a clear message. */
class RetentionSettingsTest {

    @Test
    void fiveYearsUnlessConfiguredOtherwise() {
        assertEquals(Period.ofYears(5), new RetentionSettings("P5Y").keepFor());
        assertEquals(Period.of(4, 6, 0), new RetentionSettings(" P4Y6M ").keepFor());
        assertEquals(Period.ofDays(30), new RetentionSettings("P30D").keepFor());
    }

    @Test
    void aMistypedPeriodStopsTheServiceFromStarting() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(Map.of("meedoen.retention.keep-for", "5 jaar"), Environment.TEST).close());
        Throwable cause = refused;
        while (!(cause instanceof ConfigurationException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("meedoen.retention.keep-for must be an ISO-8601 period"), refused.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 years", "", "P", "5Y", "-P5Y", "P0D", "P29D", "P1Y-2000D"})
    void anythingElseIsRefused(String value) {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> new RetentionSettings(value));
        assertTrue(refused.getMessage().contains("meedoen.retention.keep-for"), refused.getMessage());
    }
}
