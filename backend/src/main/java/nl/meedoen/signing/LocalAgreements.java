package nl.meedoen.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocales;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local_agreements table: per municipality, versions of what newcomer and municipality may expect
 * of each other. A change is a new version; old ones stay, because signatures name them.
 */
@Singleton
class LocalAgreements {

    /** The longest text, Dutch or translated, in characters. */
    static final int MAX_LENGTH = 8000;

    private final PlainSql db;
    private final AuditLog audit;
    private final SupportedLocales locales;

    LocalAgreements(PlainSql db, AuditLog audit, SupportedLocales locales) {
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

    /** Every version, newest first, with each translation's review status and who saved it when. */
    List<LocalAgreementsEdition> history(String municipality) {
        record Text(int version, String lang, String body, String status, Instant savedAt, @Nullable String savedBy) {
        }
        List<Text> texts = db.list("""
                SELECT a.version, a.lang, a.body_markdown, a.review_status, a.created_at, s.name
                  FROM local_agreements a
                  LEFT JOIN staff s ON s.id = a.created_by
                 WHERE a.municipality_code = ?
                 ORDER BY a.version DESC, a.lang
                """, row -> new Text(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
                PlainSql.instant(row, "created_at"), row.getString(6)), municipality);
        Map<Integer, List<Text>> byVersion = new LinkedHashMap<>();
        texts.forEach(text -> byVersion.computeIfAbsent(text.version(), version -> new ArrayList<>()).add(text));
        List<LocalAgreementsEdition> editions = new ArrayList<>();
        byVersion.forEach((version, parts) -> {
            Text dutch = parts.stream().filter(part -> part.lang().equals(SupportedLocales.SOURCE)).findFirst().orElseThrow();
            Map<String, String> translations = new TreeMap<>();
            Map<String, String> status = new TreeMap<>();
            parts.stream().filter(part -> part != dutch).forEach(part -> {
                translations.put(part.lang(), part.body());
                status.put(part.lang(), part.status());
            });
            editions.add(new LocalAgreementsEdition(version, dutch.body(), translations, status, dutch.savedAt(), dutch.savedBy()));
        });
        return editions;
    }

    /**
     * Saves the texts as the next version; every translation a coordinator enters is unreviewed. The
     * same texts as the current version are refused rather than saved again: a new version would make
     * the signatures of the old one look outdated for nothing.
     */
    @Transactional
    LocalAgreementsEdition change(String municipality, String dutch, Map<String, String> translations, SignedInStaff staff,
                                  String client) {
        check(translations);
        db.lockUntilCommit("local-agreements:" + municipality);
        Optional<LocalAgreementsVersion> current = latest(municipality);
        if (current.isPresent() && current.get().dutch().equals(dutch) && current.get().translations().equals(translations)) {
            throw new LocalAgreementsUnchanged(current.get().version());
        }
        int version = current.map(LocalAgreementsVersion::version).orElse(0) + 1;
        insert(municipality, version, SupportedLocales.SOURCE, dutch, "source", staff);
        for (Map.Entry<String, String> translation : new TreeMap<>(translations).entrySet()) {
            insert(municipality, version, translation.getKey(), translation.getValue(), "unreviewed", staff);
        }
        audit.record(staff, municipality, "local-agreements.changed", "version " + version, client);
        return history(municipality).getFirst();
    }

    /** Every translation is into a supported language other than Dutch, and holds text of a sensible length. */
    private void check(Map<String, @Nullable String> translations) {
        List<InvalidLocalAgreements.Field> invalid = new ArrayList<>();
        for (Map.Entry<String, @Nullable String> translation : new TreeMap<>(translations).entrySet()) {
            String lang = translation.getKey();
            String text = translation.getValue();
            String field = "translations." + lang;
            if (lang.equals(SupportedLocales.SOURCE) || locales.find(lang).isEmpty()) {
                invalid.add(new InvalidLocalAgreements.Field(field, "'" + lang + "' is not a language to translate into: give one of "
                        + String.join(", ", locales.codes().stream().filter(code -> !code.equals(SupportedLocales.SOURCE)).toList())));
            } else if (text == null || text.isBlank()) {
                invalid.add(new InvalidLocalAgreements.Field(field, "must not be blank: leave the language out to have no translation"));
            } else if (text.length() > MAX_LENGTH) {
                invalid.add(new InvalidLocalAgreements.Field(field, "must be at most " + MAX_LENGTH + " characters"));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidLocalAgreements(invalid);
        }
    }

    private void insert(String municipality, int version, String lang, String text, String status, SignedInStaff staff) {
        db.update("""
                INSERT INTO local_agreements (municipality_code, version, lang, body_markdown, review_status, created_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, municipality, version, lang, text, status, staff.id());
    }
}
