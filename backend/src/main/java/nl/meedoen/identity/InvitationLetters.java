package nl.meedoen.identity;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.municipality.Municipality;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ProblemException;
import nl.meedoen.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Invitation letters: a one-time code that links a newcomer's phone to them. Issuing a new one
 * (a lost phone, a lost letter) ends the earlier code and earlier phones. Wrong codes are counted per
 * client; after too many the client waits, and the guessing is logged.
 */
@Singleton
class InvitationLetters {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationLetters.class);
    private static final Duration VALID_FOR = Duration.ofDays(42);
    private static final int WRONG_CODES_ALLOWED = 10;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Invitations invitations;
    private final Newcomers newcomers;
    private final NewcomerSessions sessions;
    private final RedeemAttempts attempts;
    private final AuditLog audit;
    private final MunicipalityDirectory municipalities;
    private final SupportedLocales locales;
    private final PublicAddress publicAddress;

    InvitationLetters(Invitations invitations, Newcomers newcomers, NewcomerSessions sessions, RedeemAttempts attempts,
                      AuditLog audit, MunicipalityDirectory municipalities, SupportedLocales locales, PublicAddress publicAddress) {
        this.invitations = invitations;
        this.newcomers = newcomers;
        this.sessions = sessions;
        this.attempts = attempts;
        this.audit = audit;
        this.municipalities = municipalities;
        this.locales = locales;
        this.publicAddress = publicAddress;
    }

    /** What the letter shows. The code is only ever shown here: the database keeps a hash of it. */
    @Serdeable
    record Letter(UUID invitationId, String newcomerName, String language, String municipality, String municipalityCode,
                  String code, String link, String address, String qrCode, LocalDate validUntil, Map<String, String> validUntilText) {
    }

    @Serdeable
    record Redeemed(String token, String name, String language, String municipality) {
    }

    /** The open invitation is revoked before the new one is stored, so the one-open-invitation rule always holds. */
    @Transactional
    Letter issue(Newcomer newcomer, SignedInStaff issuedBy, String client) {
        String code = InvitationCodes.generate();
        UUID id = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(VALID_FOR);
        newcomers.lock(newcomer.id());
        invitations.revokeOpenOf(newcomer.id());
        sessions.revokeAllOf(newcomer.id());
        invitations.save(new Invitation(id, newcomer.id(), Secrets.sha256(code), issuedBy.id(), expiresAt, null, null));
        audit.record(issuedBy, newcomer.municipality(), "invitation issued", "newcomer " + newcomer.id(), client);
        return letter(id, newcomer, code, expiresAt.atZone(NETHERLANDS).toLocalDate());
    }

    /** A wrong code is counted even though the answer is an error, so that guessing is slowed down. */
    @Transactional(noRollbackFor = InvalidInvitationCode.class)
    Redeemed redeem(String typedCode, String client) {
        String clientKey = Secrets.sha256(client);
        long wrong = attempts.countWrongInLastQuarterHour(clientKey);
        if (wrong >= WRONG_CODES_ALLOWED) {
            LOG.warn("Invitation codes are being guessed from client {}: {} wrong codes in 15 minutes", clientKey.substring(0, 12), wrong);
            throw new TooManyWrongCodes();
        }
        String codeHash = InvitationCodes.normalise(typedCode).map(Secrets::sha256).orElse(null);
        boolean redeemed = codeHash != null && invitations.redeem(codeHash) == 1;
        attempts.save(RedeemAttempt.by(clientKey, redeemed));
        if (!redeemed) {
            throw new InvalidInvitationCode();
        }
        Invitation invitation = invitations.findByCodeHash(codeHash).orElseThrow();
        Newcomer newcomer = newcomers.byId(invitation.newcomerId()).orElseThrow();
        String token = Secrets.token(NewcomerSessions.PREFIX);
        sessions.save(new NewcomerSession(UUID.randomUUID(), newcomer.id(), invitation.id(), Secrets.sha256(token), null));
        return new Redeemed(token, newcomer.name(), newcomer.preferredLanguage(), newcomer.municipality());
    }

    private Letter letter(UUID id, Newcomer newcomer, String code, LocalDate validUntil) {
        Municipality municipality = municipalities.require(newcomer.municipality());
        // The code travels in the fragment, which browsers never send to a server or put in its logs.
        String link = publicAddress.of("/?lang=" + newcomer.preferredLanguage() + "&municipality=" + municipality.code()
                + "#/invite/" + InvitationCodes.grouped(code));
        Map<String, String> validUntilText = new LinkedHashMap<>();
        for (String lang : new String[] {SupportedLocales.SOURCE, newcomer.preferredLanguage()}) {
            validUntilText.put(lang, longDate(validUntil, locales.require(lang)));
        }
        return new Letter(id, newcomer.name(), newcomer.preferredLanguage(), municipality.name(), municipality.code(),
                InvitationCodes.grouped(code), link, publicAddress.base(), QrCode.svgDataUri(link), validUntil, validUntilText);
    }

    /** A date as a reader of the language writes it out, such as "3 december 2026". */
    static String longDate(LocalDate date, SupportedLocale locale) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale.icu());
        format.setTimeZone(TimeZone.getTimeZone("Europe/Amsterdam"));
        return format.format(Date.from(date.atStartOfDay(NETHERLANDS).plusHours(12).toInstant()));
    }

    static final class InvalidInvitationCode extends ProblemException {
        InvalidInvitationCode() {
            super(HttpStatus.BAD_REQUEST, "Code not valid",
                    "This invitation code is not correct, was used already, or has expired. Ask the municipality for a new letter.");
        }
    }

    static final class TooManyWrongCodes extends ProblemException {
        TooManyWrongCodes() {
            super(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong codes", "Too many wrong codes were typed. Wait 15 minutes and try again.");
        }
    }
}
