package nl.meedoen.monitoring;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days, both included, of a period of figures: the cohort is the newcomers registered on them and the
 * sessions are those held on them. At most five years, so that one request cannot make the database read
 * everything there is; a period may run into the future (a year not yet over).
 */
record FiguresPeriod(LocalDate from, LocalDate to) {

    static final int MOST_YEARS = 5;

    static FiguresPeriod of(@Nullable String from, @Nullable String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw new InvalidFiguresRequest("from", "must not be after to");
        }
        if (end.isAfter(start.plusYears(MOST_YEARS))) {
            throw new InvalidFiguresRequest("to", "must be at most " + MOST_YEARS + " years after from");
        }
        if (start.getYear() < 2000 || end.getYear() > 2100) {
            throw new InvalidFiguresRequest(start.getYear() < 2000 ? "from" : "to", "must be a date from 2000 to 2100");
        }
        return new FiguresPeriod(start, end);
    }

    private static LocalDate date(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFiguresRequest(name, "is required, as a date such as 2026-01-31");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFiguresRequest(name, "must be a date such as 2026-01-31");
        }
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
