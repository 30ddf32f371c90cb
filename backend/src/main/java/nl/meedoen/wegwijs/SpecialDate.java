package nl.meedoen.wegwijs;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A date on which a place does not keep its weekly hours: closed when it has no periods. */
record SpecialDate(LocalDate date, @Nullable PublicHoliday holiday, List<Period> periods) {

    boolean closed() {
        return periods.isEmpty();
    }
}
