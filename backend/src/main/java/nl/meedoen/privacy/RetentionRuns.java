package nl.meedoen.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The retention_run table: one row per day. The instance that adds the day's row runs the job; every
 * other instance, and a second try on the same instance, finds the row and leaves it. The claim commits
 * on its own, before the work, so it holds across instances; an instance that dies mid-run leaves the
 * rest for the next day, when everything due is simply still due.
 */
@Singleton
class RetentionRuns {

    private final PlainSql sql;

    RetentionRuns(PlainSql sql) {
        this.sql = sql;
    }

    @Transactional
    boolean claim(LocalDate day, Instant startedAt, Instant cutoff) {
        return sql.update("INSERT INTO retention_run (run_on, started_at, cutoff) VALUES (?, ?, ?) ON CONFLICT (run_on) DO NOTHING",
                day, startedAt, cutoff) == 1;
    }

    @Transactional
    void finish(LocalDate day, Instant finishedAt, RetentionCounts counts) {
        sql.update("UPDATE retention_run SET finished_at = ?, newcomers = ?, summary = ? WHERE run_on = ?",
                finishedAt, counts.of("newcomers"), counts.summary(), day);
    }
}
