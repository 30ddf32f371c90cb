package nl.meedoen.signing;

import io.micronaut.context.BeanContext;
import nl.meedoen.database.PlainSql;
import nl.meedoen.testing.Sql;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Signature rows written at a chosen moment in the past, through the same code as a ceremony's, for
 * tests of what happens years later; and the chain check the API and the command line run.
 */
public final class BackdatedSignatures {

    /** A signature row as written: its id and public verification code. */
    public record Signed(UUID id, String verificationCode) {
    }

    private final BeanContext context;

    public BackdatedSignatures(BeanContext context) {
        this.context = context;
    }

    /** A typed-name signature of the newcomer, witnessed by the staff member at that moment. */
    public Signed signed(String municipality, UUID newcomer, UUID witness, Instant at, String typedName) {
        int version = context.getBean(PlainSql.class).one("SELECT min(version) FROM declaration_version", row -> row.getInt(1)).orElseThrow();
        byte[] document = new byte[32];
        ThreadLocalRandom.current().nextBytes(document);
        SignatureRow draft = new SignatureRow(UUID.randomUUID(), municipality, 0, "signed", newcomer, null, version, null, null, "nl",
                HexFormat.of().formatHex(document), null, typedName, null, null, at.minusSeconds(60), witness, at,
                "Android 14 · Chrome", "192.0.2.44", null, "", "");
        SignatureRow row = context.getBean(Sql.class).inTransaction(() -> context.getBean(Signatures.class).append(draft));
        return new Signed(row.id(), Objects.requireNonNull(row.verificationCode()));
    }

    /** The revocation of a signature, recorded by the staff member at that moment. */
    public void revoked(String municipality, Signed signature, UUID by, Instant at, String reason) {
        Signatures rows = context.getBean(Signatures.class);
        SignatureRow signed = rows.byId(municipality, signature.id()).orElseThrow();
        SignatureRow draft = new SignatureRow(UUID.randomUUID(), municipality, 0, "revoked", signed.newcomer(), null, null, null, null,
                null, null, null, null, reason, signature.id(), null, by, at, null, "192.0.2.45", null, "", "");
        context.getBean(Sql.class).inTransaction(() -> rows.append(draft));
    }

    /** Whether every row of the municipality's chain checks out, as {@code GET …/signatures/chain} says. */
    public boolean chainIntact(String municipality) {
        ChainCheck check = new ChainCheck(municipality);
        context.getBean(Sql.class).inTransaction(() -> {
            context.getBean(Signatures.class).walk(municipality, check::accept);
            return null;
        });
        return check.result().valid();
    }
}
