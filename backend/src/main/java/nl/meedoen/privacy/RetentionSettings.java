package nl.meedoen.privacy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * How long a newcomer's personal data is kept after their trajectory ended: {@code meedoen.retention.keep-for},
 * an ISO-8601 period such as {@code P5Y} (the default) or {@code P4Y6M}. Checked when the service starts,
 * so a mistyped period stops the start instead of silently keeping data for ever or erasing it at once.
 */
@Context
final class RetentionSettings {

    static final String PROPERTY = "meedoen.retention.keep-for";

    private final Period keepFor;

    RetentionSettings(@Value("${meedoen.retention.keep-for:P5Y}") String keepFor) {
        this.keepFor = parse(keepFor);
    }

    Period keepFor() {
        return keepFor;
    }

    static Period parse(String text) {
        Period period;
        try {
            period = Period.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(PROPERTY + " must be an ISO-8601 period such as P5Y or P4Y6M, not \"" + text + "\"");
        }
        if (period.isNegative() || period.toTotalMonths() * 31 + period.getDays() < 30) {
            throw new ConfigurationException(PROPERTY + " must be at least 30 days (P30D), not " + text);
        }
        return period;
    }
}
