package nl.meedoen.editing;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Files for translators: every national page's title, summary and text for one language, out as XLIFF
 * 2.0, XLIFF 1.2 or PO, and back in. An import checks every unit first and then publishes the pages
 * whose translation changed, all in one transaction: all or nothing.
 */
@Singleton
class TranslatorFiles {

    static final int MAX_BYTES = 900_000;
    private static final List<String> FIELDS = List.of("title", "summary", "body");

    enum Format { XLIFF_2, XLIFF_1_2, PO }

    @Serdeable
    @Schema(name = "TranslatorImport")
    record Report(List<String> changedUnits, List<String> publishedPages) {
    }

    private final PublishedTexts published;
    private final Editing editing;
    private final AuditLog audit;
    private final Dashboard dashboard;
    private final Handouts handouts;

    TranslatorFiles(PublishedTexts published, Editing editing, AuditLog audit, Dashboard dashboard, Handouts handouts) {
        this.dashboard = dashboard;
        this.handouts = handouts;
        this.published = published;
        this.editing = editing;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    byte[] export(SupportedLocale locale, Format format) {
        List<TranslationUnit> units = units(locale).values().stream().toList();
        return switch (format) {
            case XLIFF_2 -> XliffFiles.write(locale.code(), units, true);
            case XLIFF_1_2 -> XliffFiles.write(locale.code(), units, false);
            case PO -> PoFiles.write(locale.code(), units);
        };
    }

    @Transactional
    Report importFile(SignedInStaff staff, SupportedLocale locale, Format format, byte[] bytes, String client) {
        if (locale.code().equals(SupportedLocales.SOURCE)) {
            throw new InvalidTranslatorFile("The Dutch source is edited in the editor, not imported.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidTranslatorFile("The file is larger than " + MAX_BYTES / 1000 + " kB.");
        }
        List<TranslationUnit> incoming = format == Format.PO ? PoFiles.read(bytes, locale.code()) : XliffFiles.read(bytes, locale.code());
        Map<String, TranslationUnit> current = units(locale);
        Set<String> seen = new HashSet<>();
        Map<String, Map<String, TranslationUnit>> changedPages = new LinkedHashMap<>();
        List<String> changedUnits = new ArrayList<>();
        for (TranslationUnit unit : incoming) {
            TranslationUnit known = current.get(unit.id());
            if (known == null) {
                throw new InvalidTranslatorFile("Unit '" + unit.id() + "' is not a text of Meedoen.");
            }
            if (!seen.add(unit.id())) {
                throw new InvalidTranslatorFile("Unit '" + unit.id() + "' appears twice.");
            }
            if (unit.sourceVersion() < 1 || unit.sourceVersion() > known.sourceVersion()) {
                throw new InvalidTranslatorFile("Unit '" + unit.id() + "' names Dutch version " + unit.sourceVersion()
                        + ", which does not exist (the newest is " + known.sourceVersion() + ").");
            }
            if (!unit.target().isEmpty() && !unit.target().equals(known.target())) {
                changedUnits.add(unit.id());
                changedPages.computeIfAbsent(page(unit.id()), key -> new LinkedHashMap<>()).put(field(unit.id()), unit);
            }
        }
        List<Editing.Imported> imports = new ArrayList<>();
        for (Map.Entry<String, Map<String, TranslationUnit>> page : changedPages.entrySet()) {
            Map<String, String> fields = new LinkedHashMap<>();
            int madeFrom = Integer.MAX_VALUE;
            for (String field : FIELDS) {
                TranslationUnit changed = page.getValue().get(field);
                fields.put(field, changed != null ? changed.target() : current.get(page.getKey() + "/" + field).target());
                madeFrom = Math.min(madeFrom, changed != null ? changed.sourceVersion() : current.get(page.getKey() + "/" + field).sourceVersion());
            }
            String[] parts = page.getKey().split("/");
            imports.add(new Editing.Imported(new ItemKey(parts[0], parts[1], locale.code()),
                    new Editing.Input(fields.get("title"), fields.get("summary"), fields.get("body")), madeFrom));
        }
        editing.publishImported(staff, imports, client);
        audit.record(staff, null, "content.translator-file-imported", locale.code() + ":" + changedUnits.size(), client);
        return new Report(changedUnits, changedPages.keySet().stream().toList());
    }

    /**
     * Marks every national page of the language whose text is missing, shown in another language or
     * outdated as handed to a translator: in translation until a translation of it is published.
     */
    @Transactional
    int handOut(SignedInStaff staff, SupportedLocale locale, String client) {
        if (locale.code().equals(SupportedLocales.SOURCE)) {
            throw new InvalidTranslatorFile("The Dutch source is not translated.");
        }
        List<Dashboard.Listed> open = dashboard.texts(locale, null, null).stream()
                .filter(text -> text.status() == TextStatus.MISSING || text.status() == TextStatus.FALLBACK
                        || text.status() == TextStatus.OUTDATED)
                .toList();
        for (Dashboard.Listed text : open) {
            handouts.handOut(text.module(), text.slug(), locale.code(), staff.id());
        }
        audit.record(staff, null, "content.handed-out", locale.code() + ":" + open.size(), client);
        return open.size();
    }

    /** Every unit of every national page for the language, in page order, keyed by id. */
    private Map<String, TranslationUnit> units(SupportedLocale locale) {
        Map<String, TextState> states = published.all().stream().filter(state -> state.lang().equals(locale.code()))
                .collect(Collectors.toMap(state -> state.module() + "/" + state.slug(), Function.identity()));
        Map<String, TranslationUnit> units = new LinkedHashMap<>();
        for (PageTitle title : published.dutchTitles()) {
            String page = title.module() + "/" + title.slug();
            Map<String, CurrentText> texts = published.ofPage(title.module(), title.slug()).stream()
                    .collect(Collectors.toMap(CurrentText::lang, Function.identity()));
            CurrentText source = texts.get(SupportedLocales.SOURCE);
            CurrentText target = texts.get(locale.code());
            TextState state = states.get(page);
            String note = target == null ? "missing"
                    : state.sourceVersion() < state.pageVersion() ? "outdated, made from Dutch version " + state.sourceVersion()
                    : state.reviewStatus();
            units.put(page + "/title", new TranslationUnit(page + "/title", source.title(), target == null ? "" : target.title(),
                    source.pageVersion(), note));
            units.put(page + "/summary", new TranslationUnit(page + "/summary", source.summary(), target == null ? "" : target.summary(),
                    source.pageVersion(), note));
            units.put(page + "/body", new TranslationUnit(page + "/body", source.bodyMarkdown(), target == null ? "" : target.bodyMarkdown(),
                    source.pageVersion(), note));
        }
        return units;
    }

    private static String page(String id) {
        return id.substring(0, id.lastIndexOf('/'));
    }

    private static String field(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
