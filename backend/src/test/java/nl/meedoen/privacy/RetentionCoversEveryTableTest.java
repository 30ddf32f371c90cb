package nl.meedoen.privacy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every table of the schema is accounted for: either retention erases what it holds of a newcomer, or it
 * holds nothing of one. A new table fails here until someone decided which, and taught
 * {@link RetentionErasure} to erase it where needed.
 */
@MicronautTest(transactional = false)
class RetentionCoversEveryTableTest {

    /** Rows that go with the newcomer's row, by cascading foreign keys. */
    static final Set<String> GO_WITH_THE_NEWCOMER = Set.of("newcomer", "invitation", "newcomer_session", "push_subscription",
            "push_outbox", "booking", "booking_reminder", "attendance", "check_in", "signing_ceremony", "no_show_follow_up");
    /** Rows the job removes itself: they name the newcomer without a foreign key. */
    static final Set<String> REMOVED_BY_THE_JOB = Set.of("mail_outbox", "booking_request");
    /** Rows that stay with their personal parts erased. */
    static final Set<String> ERASED_IN_PLACE = Set.of("signature");
    /**
     * Rows with nothing of a newcomer: content, places, staff and their sign-ins, keys, and records that name a newcomer
     * only by id (the audit log, DUO registrations of a signature) or not at all (invitation codes tried, by hashed address).
     */
    static final Set<String> NOTHING_OF_A_NEWCOMER = Set.of("content_page", "content_text", "municipality", "municipality_welcome",
            "local_page", "local_page_text", "place", "place_note", "opening_hours", "published_version", "special_day",
            "special_day_hours", "staff", "staff_role", "staff_session", "password_reset", "signing_key", "redeem_attempt",
            "audit_event", "oidc_login", "oidc_handover", "sign_in_failure", "staff_refresh_used",
            "content_version", "content_draft", "content_import_conflict", "translation_handout", "booking_settings",
            "workshop_session", "workshop_session_trainer", "push_vapid_key", "check_in_key", "attendance_confirmation",
            "declaration_version", "declaration_text", "local_agreements", "duo_registration", "retention_run",
            "ui_message", "ui_text", "ui_text_draft", "ui_text_version", "ui_import_conflict");

    private final Sql sql;

    RetentionCoversEveryTableTest(Sql sql) {
        this.sql = sql;
    }

    @Test
    void everyTableIsAccountedFor() {
        Set<String> tables = new TreeSet<>(sql.list("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                """, row -> row.getString(1)));
        Set<String> accounted = new TreeSet<>();
        Stream.of(GO_WITH_THE_NEWCOMER, REMOVED_BY_THE_JOB, ERASED_IN_PLACE, NOTHING_OF_A_NEWCOMER).forEach(accounted::addAll);

        assertEquals(accounted, tables, "a table retention does not know: decide what it holds of a newcomer");
    }
}
