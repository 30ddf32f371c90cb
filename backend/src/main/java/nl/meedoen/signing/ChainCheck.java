package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Walks one municipality's chain of signature rows, in order, and names the first row that does not
 * match: a gap in the positions, a previous hash that is not the row before's, or a row hash that is not
 * the hash of the row's own content. Used by the API and by {@link ChainCheckCommand}.
 */
final class ChainCheck {

    /**
     * The outcome: how many rows were checked, and the first bad one (null when the chain is whole), with
     * the problem in words and as a code a screen can say in its own language: {@code missing-row},
     * {@code previous-hash} or {@code content-changed}.
     */
    @Serdeable
    record Result(String municipality, long rows, boolean valid, @Nullable Long firstBadPosition, @Nullable UUID firstBadId,
                  @Nullable String problem, @Nullable String reason) {
    }

    private final String municipality;
    private long rows;
    private String previousHash = SignatureRow.GENESIS;
    private @Nullable SignatureRow bad;
    private @Nullable String problem;
    private @Nullable String reason;

    ChainCheck(String municipality) {
        this.municipality = municipality;
    }

    void accept(SignatureRow row) {
        if (bad != null) {
            return;
        }
        rows++;
        if (row.position() != rows) {
            fail(row, "missing-row", "position " + row.position() + " where " + rows + " was expected: a row is missing");
        } else if (!row.previousHash().equals(previousHash)) {
            fail(row, "previous-hash", "its previous hash is not the hash of the row before it");
        } else if (!row.rowHash().equals(row.computedHash())) {
            fail(row, "content-changed", "its content does not match its hash: the row was changed");
        }
        previousHash = row.rowHash();
    }

    Result result() {
        return new Result(municipality, rows, bad == null, bad == null ? null : bad.position(), bad == null ? null : bad.id(), problem, reason);
    }

    private void fail(SignatureRow row, String code, String why) {
        bad = row;
        reason = code;
        problem = why;
    }
}
