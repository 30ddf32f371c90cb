package nl.meedoen.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Revoking a signature, checking a municipality's chain, and the public verification of a code. */
@Singleton
class SignatureRecord {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Signatures signatures;
    private final CeremonyNewcomers newcomers;
    private final MunicipalityDirectory municipalities;
    private final AuditLog audit;
    private final PlainSql db;

    SignatureRecord(Signatures signatures, CeremonyNewcomers newcomers, MunicipalityDirectory municipalities, AuditLog audit, PlainSql db) {
        this.db = db;
        this.signatures = signatures;
        this.newcomers = newcomers;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    /**
     * What anyone holding a code may learn: valid or revoked, where, when, and the initials — none once the
     * newcomer's personal data was erased at the end of the retention period.
     */
    @io.micronaut.serde.annotation.Serdeable
    record Verification(String code, String status, String municipality, LocalDate signedOn, @Nullable String initials) {
    }

    @Transactional
    SignatureView revoke(String municipality, UUID id, String reason, SignedInStaff staff, String client) {
        staff.requireIn(municipality, Role.COORDINATOR);
        SignatureRow signed = signatures.byId(municipality, id).filter(row -> row.kind().equals("signed")).orElseThrow(NotFound::new);
        if (signatures.revocationOf(id).isPresent()) {
            throw new SigningNotPossible("This signature is revoked already.");
        }
        SignatureRow row = signatures.append(new SignatureRow(UUID.randomUUID(), municipality, 0, "revoked", signed.newcomer(), null,
                null, null, null, null, null, null, null, reason, id, null, staff.id(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                null, client, null, "", ""));
        audit.record(staff, municipality, "signature.revoked", id, client);
        return SignatureView.of(row);
    }

    @Transactional
    List<NewcomerSignature> ofNewcomer(String municipality, UUID newcomer, SignedInStaff staff) {
        staff.requireIn(municipality, Role.COORDINATOR);
        newcomers.require(municipality, newcomer);
        List<SignatureRow> rows = signatures.ofNewcomer(newcomer);
        return rows.stream().filter(row -> !row.kind().equals("revoked")).map(row -> {
            SignatureRow revocation = rows.stream().filter(other -> row.id().equals(other.revokes())).findFirst().orElse(null);
            return new NewcomerSignature(row.id(), row.kind(), row.signedAt() == null ? row.recordedAt() : row.signedAt(),
                    row.verificationCode(), revocation == null ? null : revocation.recordedAt(),
                    revocation == null ? null : revocation.reason(),
                    revocation == null ? null : db.one("SELECT name FROM staff WHERE id = ?", found -> found.getString(1), revocation.recordedBy()).orElse(null));
        }).toList();
    }

    @Transactional
    ChainCheck.Result check(String municipality, SignedInStaff staff) {
        staff.requireIn(municipality, Role.COORDINATOR);
        ChainCheck check = new ChainCheck(municipality);
        signatures.walk(municipality, check::accept);
        return check.result();
    }

    @Transactional
    Verification verify(String typed) {
        String code = VerificationCodes.normalised(typed);
        if (code == null) {
            throw new InvalidVerificationCode();
        }
        SignatureRow row = signatures.byCode(code).orElseThrow(NotFound::new);
        String initials = row.erased() ? null : newcomers.find(row.newcomer()).map(CeremonyNewcomer::name).map(CeremonyNewcomer::initials)
                .filter(found -> !found.isEmpty()).orElse(null);
        return new Verification(code, signatures.revocationOf(row.id()).isPresent() ? "revoked" : "valid",
                municipalities.require(row.municipality()).name(), row.signedAt().atZone(NETHERLANDS).toLocalDate(), initials);
    }
}
