package nl.meedoen.identity;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.meedoen.web.PublicAddress;
import nl.meedoen.database.Database;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.web.ProblemException;
import nl.meedoen.municipality.Municipality;
import nl.meedoen.municipality.MunicipalityDirectory;
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
 * Invitations: a one-time code on a letter that links a newcomer's phone to them. Issuing a new one
 * (a lost phone, a lost letter) ends earlier codes and earlier phones. Wrong codes are counted per
 * client; after too many the client waits, and the guessing is logged.
 */
@Singleton
final class Invitations {

    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);
    private static final Duration VALID_FOR = Duration.ofDays(42);
    private static final int WRONG_CODES_ALLOWED = 10;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Database database;
    private final NewcomerSessions sessions;
    private final Newcomers newcomers;
    private final MunicipalityDirectory municipalities;
    private final SupportedLocales locales;
    private final PublicAddress publicAddress;

    Invitations(Database database, NewcomerSessions sessions, Newcomers newcomers, MunicipalityDirectory municipalities,
                SupportedLocales locales, PublicAddress publicAddress) {
        this.database = database;
        this.sessions = sessions;
        this.newcomers = newcomers;
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

    Letter issue(Newcomer newcomer, SignedInStaff issuedBy) {
        String code = InvitationCodes.generate();
        UUID id = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(VALID_FOR);
        database.inTransaction(() -> {
            database.update("UPDATE invitation SET revoked_at = now() WHERE newcomer_id = ? AND redeemed_at IS NULL AND revoked_at IS NULL",
                    newcomer.id());
            sessions.revokeAllOf(newcomer.id());
            database.update("INSERT INTO invitation (id, newcomer_id, code_hash, created_by, expires_at) VALUES (?, ?, ?, ?, ?)",
                    id, newcomer.id(), Secrets.sha256(code), issuedBy.id(), expiresAt);
            return null;
        });
        Municipality municipality = municipalities.require(newcomer.municipality());
        // The code travels in the fragment, which browsers never send to a server or put in its logs.
        String link = publicAddress.of("/?lang=" + newcomer.preferredLanguage() + "&municipality=" + municipality.code()
                + "#/invite/" + InvitationCodes.grouped(code));
        LocalDate validUntil = expiresAt.atZone(NETHERLANDS).toLocalDate();
        Map<String, String> validUntilText = new LinkedHashMap<>();
        for (String lang : new String[] {SupportedLocales.SOURCE, newcomer.preferredLanguage()}) {
            validUntilText.put(lang, longDate(validUntil, locales.require(lang)));
        }
        return new Letter(id, newcomer.name(), newcomer.preferredLanguage(), municipality.name(), municipality.code(),
                InvitationCodes.grouped(code), link, publicAddress.base(), QrCode.svgDataUri(link), validUntil, validUntilText);
    }

    Redeemed redeem(String typedCode, String client) {
        String clientKey = Secrets.sha256(client);
        int wrong = database.one("""
                SELECT count(*) FROM redeem_attempt
                 WHERE client = ? AND NOT succeeded AND attempted_at > now() - interval '15 minutes'
                """, row -> row.getInt(1), clientKey).orElse(0);
        if (wrong >= WRONG_CODES_ALLOWED) {
            LOG.warn("Invitation codes are being guessed from client {}: {} wrong codes in 15 minutes", clientKey.substring(0, 12), wrong);
            throw new TooManyWrongCodes();
        }
        String code = InvitationCodes.normalise(typedCode).orElse(null);
        Redeemed redeemed = code == null ? null : database.inTransaction(() -> database.one("""
                UPDATE invitation SET redeemed_at = now()
                 WHERE code_hash = ? AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > now()
                RETURNING id, newcomer_id
                """, row -> start(row.getObject(1, UUID.class), row.getObject(2, UUID.class)), Secrets.sha256(code)).orElse(null));
        database.update("INSERT INTO redeem_attempt (client, succeeded) VALUES (?, ?)", clientKey, redeemed != null);
        if (redeemed == null) {
            throw new InvalidInvitationCode();
        }
        return redeemed;
    }

    private Redeemed start(UUID invitationId, UUID newcomerId) {
        Newcomer newcomer = newcomers.byId(newcomerId).orElseThrow();
        String token = sessions.start(newcomerId, invitationId);
        return new Redeemed(token, newcomer.name(), newcomer.preferredLanguage(), newcomer.municipality());
    }

    private static String longDate(LocalDate date, SupportedLocale locale) {
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
