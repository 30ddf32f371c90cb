package nl.meedoen.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocales;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local_agreements table: per municipality, versions of what newcomer and municipality may expect
 * of each other. A change is a new version; old ones stay, because signatures name them.
 */
@Singleton
class LocalAgreements {

    private final Db db;
    private final AuditLog audit;
    private final SupportedLocales locales;

    LocalAgreements(Db db, AuditLog audit, SupportedLocales locales) {
        this.db = db;
        this.audit = audit;
        this.locales = locales;
    }

    Optional<LocalAgreementsVersion> latest(String municipality) {
        return db.one("SELECT version FROM local_agreements WHERE municipality_code = ? ORDER BY version DESC LIMIT 1",
                        row -> row.getInt(1), municipality)
                .flatMap(version -> version(municipality, version));
    }

    Optional<LocalAgreementsVersion> version(String municipality, @Nullable Integer version) {
        if (version == null) {
            return Optional.empty();
        }
        Map<String, String> texts = new TreeMap<>();
        db.list("SELECT lang, body_markdown FROM local_agreements WHERE municipality_code = ? AND version = ?",
                row -> texts.put(row.getString(1), row.getString(2)), municipality, version);
        String dutch = texts.remove(SupportedLocales.SOURCE);
        return dutch == null ? Optional.empty() : Optional.of(new LocalAgreementsVersion(municipality, version, dutch, texts));
    }

    /** Saves the texts as the next version; every translation a coordinator enters is unreviewed. */
    @Transactional
    LocalAgreementsVersion change(String municipality, String dutch, Map<String, String> translations, SignedInStaff staff,
                                  String client) {
        for (String lang : translations.keySet()) {
            if (lang.equals(SupportedLocales.SOURCE) || locales.find(lang).isEmpty()) {
                throw new InvalidLocalAgreements("'" + lang + "' is not a language to translate into: give one of "
                        + String.join(", ", locales.codes().stream().filter(code -> !code.equals(SupportedLocales.SOURCE)).toList()));
            }
        }
        db.lockUntilCommit("local-agreements:" + municipality);
        int version = latest(municipality).map(LocalAgreementsVersion::version).orElse(0) + 1;
        insert(municipality, version, SupportedLocales.SOURCE, dutch, "source", staff);
        for (Map.Entry<String, String> translation : new TreeMap<>(translations).entrySet()) {
            insert(municipality, version, translation.getKey(), translation.getValue(), "unreviewed", staff);
        }
        audit.record(staff, municipality, "local-agreements.changed", "version " + version, client);
        return new LocalAgreementsVersion(municipality, version, dutch, new TreeMap<>(translations));
    }

    private void insert(String municipality, int version, String lang, String text, String status, SignedInStaff staff) {
        db.update("""
                INSERT INTO local_agreements (municipality_code, version, lang, body_markdown, review_status, created_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, municipality, version, lang, text, status, staff.id());
    }
}
