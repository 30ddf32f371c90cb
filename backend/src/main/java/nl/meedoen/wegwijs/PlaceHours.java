package nl.meedoen.wegwijs;

import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a place is open: its weekly hours, what it does on public holidays ({@code null}: its weekly
 * hours; empty: closed) and its hours on single dates. A date beats the public-holiday rule, which
 * beats the weekly hours. A period that runs past midnight keeps running into the next day whatever
 * that day is, as the night shift of an after-hours post does on the morning of a holiday.
 */
record PlaceHours(Map<DayOfWeek, List<Period>> weekly, @Nullable List<Period> publicHolidays,
                  Map<LocalDate, List<Period>> dates) {

    static final PlaceHours NONE = new PlaceHours(Map.of(), null, Map.of());

    /** Looking further than a week for the end of an open stretch means the place never closes. */
    private static final int LONGEST_STRETCH_DAYS = 7;

    List<Period> on(LocalDate day) {
        return special(day).map(SpecialDate::periods).orElseGet(() -> weekly.getOrDefault(day.getDayOfWeek(), List.of()));
    }

    Optional<SpecialDate> special(LocalDate day) {
        List<Period> onDate = dates.get(day);
        Optional<PublicHoliday> holiday = DutchPublicHolidays.on(day);
        if (onDate != null) {
            return Optional.of(new SpecialDate(day, holiday.orElse(null), onDate));
        }
        if (publicHolidays != null && holiday.isPresent()) {
            return Optional.of(new SpecialDate(day, holiday.get(), publicHolidays));
        }
        return Optional.empty();
    }

    /** The special dates from {@code first} up to and including {@code last}. */
    List<SpecialDate> specialDates(LocalDate first, LocalDate last) {
        List<SpecialDate> found = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            special(day).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Open or closed at a moment, and until when: stretches that meet (a 24-hour Saturday, Sunday and
     * a Monday until 08:00) read as one, so the answer is "until Monday 08:00", not "until midnight".
     */
    OpenState at(LocalDateTime now) {
        Optional<LocalDateTime> end = endOfPeriodAround(now);
        if (end.isEmpty()) {
            return OpenState.CLOSED;
        }
        LocalDateTime until = end.get();
        LocalDateTime horizon = now.plusDays(LONGEST_STRETCH_DAYS);
        for (Optional<LocalDateTime> next = endOfPeriodAround(until); next.isPresent(); next = endOfPeriodAround(until)) {
            until = next.get();
            if (until.isAfter(horizon)) {
                return OpenState.ROUND_THE_CLOCK;
            }
        }
        return new OpenState(true, until);
    }

    /** The latest end of a period that has started at the moment and not yet ended, from today or from last night. */
    private Optional<LocalDateTime> endOfPeriodAround(LocalDateTime moment) {
        Optional<LocalDateTime> latest = Optional.empty();
        for (LocalDate day = moment.toLocalDate().minusDays(1); !day.isAfter(moment.toLocalDate()); day = day.plusDays(1)) {
            for (Period period : on(day)) {
                LocalDateTime end = period.end(day);
                if (!period.start(day).isAfter(moment) && end.isAfter(moment)
                        && latest.map(end::isAfter).orElse(true)) {
                    latest = Optional.of(end);
                }
            }
        }
        return latest;
    }
}
