package nl.meedoen.privacy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's right of access covers every table that keeps something about them. A migration that adds
 * a table with a newcomer_id column, or a key to the newcomer table, fails this test until the report
 * reads it (PersonalDataQueries.NEWCOMER_TABLES and a query for it).
 */
@MicronautTest(transactional = false)
class EveryNewcomerTableIsInTheReportTest {

    private final Sql sql;

    EveryNewcomerTableIsInTheReportTest(Sql sql) {
        this.sql = sql;
    }

    @Test
    void everyTableWithANewcomerIdIsRead() {
        Set<String> tables = new TreeSet<>(sql.list("""
                SELECT DISTINCT table_name FROM information_schema.columns
                 WHERE table_schema = current_schema() AND column_name = 'newcomer_id'
                """, row -> row.getString("table_name")));

        assertTrue(tables.contains("booking"), "the schema is the one migrations made: " + tables);
        tables.removeAll(PersonalDataQueries.NEWCOMER_TABLES);
        assertEquals(Set.of(), tables, "tables with a newcomer_id that the personal data report does not read");
    }

    @Test
    void everyTableWithAKeyToTheNewcomerIsRead() {
        Set<String> tables = new TreeSet<>(sql.list("""
                SELECT DISTINCT source.relname AS table_name
                  FROM pg_constraint c
                  JOIN pg_class source ON source.oid = c.conrelid
                  JOIN pg_class target ON target.oid = c.confrelid
                 WHERE c.contype = 'f' AND target.relname = 'newcomer' AND target.relnamespace = current_schema()::regnamespace
                """, row -> row.getString("table_name")));

        tables.removeAll(PersonalDataQueries.NEWCOMER_TABLES);
        assertEquals(Set.of(), tables, "tables with a key to newcomer that the personal data report does not read");
    }
}
