package nl.meedoen.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.PublicAddress;

import java.util.Objects;
import java.util.UUID;

/**
 * The certificate of a signature, for the newcomer to keep and the municipality to file: made from the
 * record and the very texts its document hash was computed over.
 */
@Singleton
class Certificates {

    private final Signatures signatures;
    private final CeremonyNewcomers newcomers;
    private final DeclarationTexts texts;
    private final LocalAgreements agreements;
    private final MunicipalityDirectory municipalities;
    private final SupportedLocales locales;
    private final PublicAddress address;
    private final PlainSql db;

    Certificates(Signatures signatures, CeremonyNewcomers newcomers, DeclarationTexts texts, LocalAgreements agreements,
                 MunicipalityDirectory municipalities, SupportedLocales locales, PublicAddress address, PlainSql db) {
        this.signatures = signatures;
        this.newcomers = newcomers;
        this.texts = texts;
        this.agreements = agreements;
        this.municipalities = municipalities;
        this.locales = locales;
        this.address = address;
        this.db = db;
    }

    @Transactional
    Certificate of(String municipality, UUID id, SignedInStaff staff) {
        staff.requireIn(municipality, Role.COORDINATOR);
        SignatureRow row = signatures.byId(municipality, id).filter(found -> found.kind().equals("signed")).orElseThrow(NotFound::new);
        if (signatures.revocationOf(id).isPresent()) {
            throw new SigningNotPossible("This signature is revoked: it has no certificate.");
        }
        return of(row);
    }

    /** The certificate of the signature the phone's newcomer holds now: signed and not revoked. */
    @Transactional
    Certificate of(SignedInNewcomer phone) {
        return of(signatures.ofNewcomer(phone.id()).stream()
                .filter(row -> row.kind().equals("signed") && signatures.revocationOf(row.id()).isEmpty())
                .reduce((first, later) -> later)
                .orElseThrow(NotFound::new));
    }

    private Certificate of(SignatureRow row) {
        String municipality = row.municipality();
        if (row.erased()) {
            throw new SignatureErased();
        }
        DeclarationText dutch = texts.dutch(Objects.requireNonNull(row.declarationVersion())).orElseThrow();
        DeclarationText translation = row.translationId() == null ? null : texts.byId(row.translationId()).orElseThrow();
        LocalAgreementsVersion local = agreements.version(municipality, row.localAgreementsVersion()).orElse(null);
        String locale = Objects.requireNonNull(row.locale());
        String witness = db.one("SELECT name FROM staff WHERE id = ?", found -> found.getString(1), row.recordedBy()).orElse("");
        String name = newcomers.find(row.newcomer()).map(CeremonyNewcomer::name).orElse("");
        String code = Objects.requireNonNull(row.verificationCode());
        return new Certificate(name, municipalities.require(municipality).name(), Objects.requireNonNull(row.signedAt()), witness, dutch,
                translation, local, locale, locales.require(locale).rightToLeft(), row.signaturePng(), row.typedName(), code,
                address.of("/#/verify/" + code), Objects.requireNonNull(row.documentSha256()));
    }
}
