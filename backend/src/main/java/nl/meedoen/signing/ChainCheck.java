package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Walks one municipality's chain of signature rows, in order, and names the first row that does not
 * match: a gap in the positions, a previous hash that is not the row before's, a row hash that is not
 * the hash of the row's own content, or personal parts that are not those hashed in it. A row whose
 * personal parts were erased at the end of the retention period still verifies: its content keeps
 * their hash. Used by the API and by {@link ChainCheckCommand}.
 */
final class ChainCheck {

    /** The outcome: how many rows were checked, and the first bad one (null when the chain is whole). */
    @Serdeable
    record Result(String municipality, long rows, boolean valid, @Nullable Long firstBadPosition, @Nullable UUID firstBadId,
                  @Nullable String problem, long erasedRows) {
    }

    private final String municipality;
    private long rows;
    private long erasedRows;
    private String previousHash = SignatureRow.GENESIS;
    private @Nullable SignatureRow bad;
    private @Nullable String problem;

    ChainCheck(String municipality) {
        this.municipality = municipality;
    }

    void accept(SignatureRow row) {
        if (bad != null) {
            return;
        }
        rows++;
        if (row.position() != rows) {
            fail(row, "position " + row.position() + " where " + rows + " was expected: a row is missing");
        } else if (!row.previousHash().equals(previousHash)) {
            fail(row, "its previous hash is not the hash of the row before it");
        } else if (!row.rowHash().equals(row.computedHash())) {
            fail(row, "its content does not match its hash: the row was changed");
        } else if (!row.personalPartsMatch()) {
            fail(row, "its personal parts do not match their hash: the row was changed");
        }
        if (row.erased()) {
            erasedRows++;
        }
        previousHash = row.rowHash();
    }

    Result result() {
        return new Result(municipality, rows, bad == null, bad == null ? null : bad.position(), bad == null ? null : bad.id(), problem,
                erasedRows);
    }

    private void fail(SignatureRow row, String why) {
        bad = row;
        problem = why;
    }
}
