package nl.meedoen.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.content.MarkdownRenderer;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The ceremony: opened for a newcomer with the document fixed as it is shown; the newcomer's
 * submission (drawn or typed, after confirming they read and understood it); and the witness's
 * confirmation, which writes the signature row. A refusal ends the ceremony with a refusal row. The
 * newcomer signs on the staff member's device, or — opened {@code onPhone} — on their own linked phone
 * (see {@link CeremonyOnPhone}); either way the submission and the witness go through this one class.
 */
@Singleton
class SigningCeremony {

    /** How long the newcomer's phone may sign a ceremony opened for it: time to read the text calmly. */
    static final Duration PHONE_TIME = Duration.ofHours(1);

    private final Ceremonies ceremonies;
    private final CeremonyNewcomers newcomers;
    private final CeremonyAccess access;
    private final DeclarationTexts texts;
    private final LocalAgreements agreements;
    private final Signatures signatures;
    private final SupportedLocales locales;
    private final MarkdownRenderer renderer;
    private final AuditLog audit;
    private final PhoneNotice notice;

    SigningCeremony(Ceremonies ceremonies, CeremonyNewcomers newcomers, CeremonyAccess access, DeclarationTexts texts,
                    LocalAgreements agreements, Signatures signatures, SupportedLocales locales, MarkdownRenderer renderer,
                    AuditLog audit, PhoneNotice notice) {
        this.ceremonies = ceremonies;
        this.newcomers = newcomers;
        this.access = access;
        this.texts = texts;
        this.agreements = agreements;
        this.signatures = signatures;
        this.locales = locales;
        this.renderer = renderer;
        this.audit = audit;
        this.notice = notice;
    }

    @Transactional
    CeremonyView open(String municipality, UUID newcomerId, @Nullable UUID session, @Nullable String lang, boolean onPhone,
                      SignedInStaff staff, String client) {
        CeremonyNewcomer newcomer = newcomers.require(municipality, newcomerId);
        access.require(staff, municipality, newcomerId, session);
        if (session != null && !newcomers.hasSeatIn(session, newcomerId)) {
            throw new InvalidSignature("The newcomer has no seat in that session: leave sessionId out at the counter.");
        }
        if (hasValidSignature(newcomerId)) {
            throw new SigningNotPossible("This newcomer has signed already. Revoke that signature first to sign again.");
        }
        if (onPhone && !newcomers.hasLinkedPhone(newcomerId)) {
            throw new SigningNotPossible("This newcomer has no linked phone: give them a letter to link one, or sign on this device.");
        }
        String locale = locales.require(lang == null ? newcomer.language() : lang).code();
        int version = texts.latestVersion().orElseThrow(() -> new IllegalStateException("no declaration text was imported"));
        DeclarationText dutch = texts.dutch(version).orElseThrow();
        DeclarationText translation = locale.equals(SupportedLocales.SOURCE) ? null : texts.translation(version, locale).orElse(null);
        LocalAgreementsVersion local = agreements.latest(municipality).orElse(null);
        Ceremony ceremony = new Ceremony(UUID.randomUUID(), municipality, newcomerId, session, staff.id(), version,
                translation == null ? null : translation.id(), local == null ? null : local.version(),
                translation == null ? SupportedLocales.SOURCE : locale,
                DocumentHash.sha256Hex(DocumentHash.canonical(dutch, local, translation)), null, null, null, null, null, null, null,
                onPhone ? now().plus(PHONE_TIME) : null);
        ceremonies.open(ceremony);
        audit.record(staff, municipality, "signing-ceremony.opened", ceremony.id(), client);
        if (onPhone) {
            notice.ceremonyWaits(ceremony);
        }
        return view(ceremony, newcomer);
    }

    @Transactional
    CeremonyView show(String municipality, UUID id, SignedInStaff staff) {
        Ceremony ceremony = ceremonies.find(municipality, id).orElseThrow(NotFound::new);
        access.require(staff, municipality, ceremony.newcomer(), ceremony.session());
        return view(ceremony, newcomers.require(municipality, ceremony.newcomer()));
    }

    /** The newcomer's signature on the staff member's device; the same Idempotency-Key again gets the same answer. */
    @Transactional
    CeremonyView submit(String municipality, UUID id, String key, boolean readAndUnderstood, @Nullable String drawnPng,
                        @Nullable String typedName, @Nullable String device, SignedInStaff staff, String client) {
        return submit(lockFor(municipality, id, staff), key, readAndUnderstood, drawnPng, typedName, device, client);
    }

    /**
     * The newcomer's submission on a ceremony locked by the caller, after the caller checked who may make it:
     * a replay with the same key gets the first answer; an ended ceremony refuses.
     */
    CeremonyView submit(Ceremony ceremony, String key, boolean readAndUnderstood, @Nullable String drawnPng, @Nullable String typedName,
                        @Nullable String device, String client) {
        String municipality = ceremony.municipality();
        UUID id = ceremony.id();
        CeremonyNewcomer newcomer = newcomers.require(municipality, ceremony.newcomer());
        if (ceremony.submissionKey() != null) {
            if (ceremony.submissionKey().equals(key)) {
                return view(ceremony, newcomer);
            }
            throw new SigningNotPossible("This ceremony has a signature already.");
        }
        if (ceremony.signatureId() != null) {
            throw new SigningNotPossible("This ceremony has ended.");
        }
        if (!readAndUnderstood) {
            throw new InvalidSignature("The newcomer confirms that they read and understood the declaration before signing.");
        }
        byte[] png = drawnPng == null ? null : DrawnSignature.png(drawnPng);
        if ((png == null) == (typedName == null)) {
            throw new InvalidSignature("Give the signature either as a drawing (signaturePng) or as the typed full name (typedName).");
        }
        ceremonies.submit(id, key, png, typedName, now(), device, client);
        return view(ceremonies.find(municipality, id).orElseThrow(), newcomer);
    }

    /** The witness confirms with their own account; a second confirmation gets the same signature. */
    @Transactional
    SignatureView witness(String municipality, UUID id, SignedInStaff staff, String client) {
        Ceremony ceremony = lockFor(municipality, id, staff);
        if (ceremony.signatureId() != null) {
            SignatureRow done = signatures.byId(municipality, ceremony.signatureId()).orElseThrow();
            if (done.kind().equals("signed")) {
                return SignatureView.of(done);
            }
            throw new SigningNotPossible("This ceremony ended in a refusal.");
        }
        if (ceremony.signedAt() == null) {
            throw new SigningNotPossible("The newcomer has not signed yet.");
        }
        SignatureRow row = signatures.append(new SignatureRow(UUID.randomUUID(), municipality, 0, "signed", ceremony.newcomer(),
                ceremony.session(), ceremony.declarationVersion(), ceremony.translationId(), ceremony.localAgreementsVersion(),
                ceremony.locale(), ceremony.documentSha256(), ceremony.signaturePng(), ceremony.typedName(), null, null,
                ceremony.signedAt(), staff.id(), now(), ceremony.device(), ceremony.clientAddress() == null ? client : ceremony.clientAddress(),
                null, "", ""));
        ceremonies.close(id, row.id());
        audit.record(staff, municipality, "signature.witnessed", row.id(), client);
        return SignatureView.of(row);
    }

    @Transactional
    SignatureView refuse(String municipality, UUID id, String reason, SignedInStaff staff, String client) {
        Ceremony ceremony = lockFor(municipality, id, staff);
        if (ceremony.signatureId() != null) {
            throw new SigningNotPossible("This ceremony has ended.");
        }
        SignatureRow row = signatures.append(new SignatureRow(UUID.randomUUID(), municipality, 0, "refused", ceremony.newcomer(),
                ceremony.session(), ceremony.declarationVersion(), ceremony.translationId(), ceremony.localAgreementsVersion(),
                ceremony.locale(), ceremony.documentSha256(), null, null, reason, null, null, staff.id(), now(), null, client,
                null, "", ""));
        ceremonies.close(id, row.id());
        audit.record(staff, municipality, "signature.refused", row.id(), client);
        return SignatureView.of(row);
    }

    private boolean hasValidSignature(UUID newcomer) {
        return signatures.ofNewcomer(newcomer).stream()
                .anyMatch(row -> row.kind().equals("signed") && signatures.revocationOf(row.id()).isEmpty());
    }

    private Ceremony lockFor(String municipality, UUID id, SignedInStaff staff) {
        Ceremony ceremony = ceremonies.lock(municipality, id).orElseThrow(NotFound::new);
        access.require(staff, municipality, ceremony.newcomer(), ceremony.session());
        return ceremony;
    }


    CeremonyView view(Ceremony ceremony) {
        return view(ceremony, newcomers.require(ceremony.municipality(), ceremony.newcomer()));
    }

    private CeremonyView view(Ceremony ceremony, CeremonyNewcomer newcomer) {
        DeclarationText dutch = texts.dutch(ceremony.declarationVersion()).orElseThrow();
        DeclarationText translation = ceremony.translationId() == null ? null : texts.byId(ceremony.translationId()).orElseThrow();
        LocalAgreementsVersion local = agreements.version(ceremony.municipality(), ceremony.localAgreementsVersion()).orElse(null);
        SupportedLocale locale = locales.require(ceremony.locale());
        String localTranslation = local == null || translation == null ? "" : local.in(ceremony.locale());
        boolean voluntary = newcomer.signingVoluntary();
        return new CeremonyView(ceremony.id(), ceremony.status(), newcomer.name(), locale.code(), locale.direction(),
                dutch.version(), dutch.wording(), text(dutch), translation == null ? null : text(translation),
                local == null ? null : new CeremonyView.LocalAgreementsText(local.version(), renderer.toSafeHtml(local.dutch()),
                        localTranslation.isEmpty() ? null : renderer.toSafeHtml(localTranslation)),
                voluntary, voluntary ? (translation == null ? dutch : translation).voluntary() : null,
                voluntary ? dutch.voluntary() : null, ceremony.documentSha256(), ceremony.signatureId(), ceremony.onPhoneUntil(),
                ceremony.signatureId() == null ? null : signatures.byId(ceremony.municipality(), ceremony.signatureId())
                        .map(SignatureRow::verificationCode).orElse(null));
    }

    private CeremonyView.Text text(DeclarationText text) {
        return new CeremonyView.Text(text.lang(), text.title(), renderer.toSafeHtml(text.bodyMarkdown()), text.reviewStatus());
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
