package nl.meedoen.editing;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.RoleGrant;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Languages × sections with a count per status, so an editor sees at once what to do next. National
 * editors see every section; a municipality's editors see their own local content.
 */
@Singleton
class Dashboard {

    /** One section in one language; {@code completeness} is the share of texts that are current, in percent. */
    @Serdeable
    @Schema(name = "DashboardRow")
    record Row(String section, String sectionName, String lang, String languageName, String dir, int missing,
               int fallback, int inTranslation, int unreviewed, int reviewed, int outdated, int total, int completeness) {

        int count(TextStatus status) {
            return switch (status) {
                case MISSING -> missing;
                case FALLBACK -> fallback;
                case IN_TRANSLATION -> inTranslation;
                case UNREVIEWED -> unreviewed;
                case REVIEWED -> reviewed;
                case OUTDATED -> outdated;
                case SOURCE -> 0;
            };
        }
    }

    /** The stored texts of one section, page by page, and which of its pages are out with a translator per language. */
    record Section(String code, String name, Map<String, Map<String, TextState>> pages, Set<String> handedOut) {
    }

    private final PublishedTexts published;
    private final PublishedUiTexts uiTexts;
    private final SupportedLocales locales;
    private final Handouts handouts;

    Dashboard(PublishedTexts published, PublishedUiTexts uiTexts, SupportedLocales locales, Handouts handouts) {
        this.handouts = handouts;
        this.published = published;
        this.uiTexts = uiTexts;
        this.locales = locales;
    }

    List<Row> rows(SignedInStaff staff, @Nullable String section, @Nullable String lang, @Nullable TextStatus status) {
        List<Section> sections = new ArrayList<>();
        boolean national = Editors.isNational(staff);
        if (national) {
            sections.add(national("values", "Waardenmodule"));
            sections.add(national("wegwijs", "Wegwijs (landelijk)"));
        }
        Set<String> own = staff.grants().stream().filter(grant -> grant.role() == Role.EDITOR)
                .map(RoleGrant::municipality).filter(code -> code != null).collect(Collectors.toSet());
        sections.addAll(local(national ? null : own));
        Section interfaceTexts = national && (section == null || section.equals("interface")) ? interfaceTexts() : null;
        List<Row> rows = new ArrayList<>();
        for (SupportedLocale locale : locales.all()) {
            if (locale.code().equals(SupportedLocales.SOURCE) || (lang != null && !lang.equals(locale.code()))) {
                continue;
            }
            for (Section each : sections) {
                if (section == null || section.equals(each.code())) {
                    rows.add(count(each, locale));
                }
            }
            if (interfaceTexts != null) {
                rows.add(count(interfaceTexts, locale));
            }
        }
        return rows.stream().filter(row -> status == null || row.count(status) > 0).toList();
    }

    /** One national page in one language, to open in the editor. */
    @Serdeable
    @Schema(name = "EditableText")
    record Listed(String module, String slug, String title, String lang, TextStatus status) {
    }

    /**
     * The pages in one language with their status, optionally of one module and one status: national pages,
     * or a municipality's own ({@code local:GM0153}).
     */
    List<Listed> texts(SupportedLocale locale, @Nullable String module, @Nullable TextStatus status) {
        String municipality = module == null ? null : new ItemKey(module, "", locale.code()).municipality();
        Map<String, Map<String, TextState>> pages = new LinkedHashMap<>();
        if (municipality == null) {
            for (TextState text : published.all()) {
                pages.computeIfAbsent(text.module() + "/" + text.slug(), key -> new LinkedHashMap<>()).put(text.lang(), text);
            }
        } else {
            for (LocalTextState text : published.allLocal()) {
                if (text.municipalityCode().equals(municipality)) {
                    pages.computeIfAbsent(module + "/" + text.slug(), key -> new LinkedHashMap<>()).put(text.lang(), text.state());
                }
            }
        }
        List<Listed> listed = new ArrayList<>();
        for (PageTitle page : municipality == null ? published.dutchTitles() : published.localDutchTitles(municipality)) {
            Map<String, TextState> texts = pages.get(page.module() + "/" + page.slug());
            if (texts == null || (module != null && !module.equals(page.module()))) {
                continue;
            }
            boolean out = handouts.existsById(new ItemKey(page.module(), page.slug(), locale.code()));
            TextStatus each = Statuses.of(locale, texts.get(SupportedLocales.SOURCE).pageVersion(), texts, out);
            if (status == null || status == each) {
                listed.add(new Listed(page.module(), page.slug(), page.title(), locale.code(), each));
            }
        }
        return listed;
    }

    static Row count(Section section, SupportedLocale locale) {
        Map<TextStatus, Integer> counts = new EnumMap<>(TextStatus.class);
        for (Map<String, TextState> texts : section.pages().values()) {
            TextState source = texts.get(SupportedLocales.SOURCE);
            if (source != null) {
                boolean out = section.handedOut().contains(source.slug() + "/" + locale.code());
                counts.merge(Statuses.of(locale, source.pageVersion(), texts, out), 1, Integer::sum);
            }
        }
        return row(section.code(), section.name(), locale, counts);
    }

    /** The interface texts, key by key, with the same statuses as pages: a key stands where a page's slug stands. */
    private Section interfaceTexts() {
        Map<String, Map<String, TextState>> keys = new LinkedHashMap<>();
        for (TextState text : uiTexts.all()) {
            keys.computeIfAbsent(text.slug(), key -> new LinkedHashMap<>()).put(text.lang(), text);
        }
        return new Section("interface", "Teksten van de app", keys, Set.of());
    }

    private static Row row(String code, String name, SupportedLocale locale, Map<TextStatus, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int current = counts.getOrDefault(TextStatus.UNREVIEWED, 0) + counts.getOrDefault(TextStatus.REVIEWED, 0);
        return new Row(code, name, locale.code(), locale.dutchName(), locale.direction(),
                counts.getOrDefault(TextStatus.MISSING, 0), counts.getOrDefault(TextStatus.FALLBACK, 0),
                counts.getOrDefault(TextStatus.IN_TRANSLATION, 0),
                counts.getOrDefault(TextStatus.UNREVIEWED, 0), counts.getOrDefault(TextStatus.REVIEWED, 0),
                counts.getOrDefault(TextStatus.OUTDATED, 0), total, total == 0 ? 100 : current * 100 / total);
    }

    private Section national(String module, String name) {
        Map<String, Map<String, TextState>> pages = new LinkedHashMap<>();
        for (TextState text : published.all()) {
            if (text.module().equals(module)) {
                pages.computeIfAbsent(text.slug(), slug -> new LinkedHashMap<>()).put(text.lang(), text);
            }
        }
        Set<String> handedOut = handouts.all().stream().filter(handout -> handout.key().module().equals(module))
                .map(handout -> handout.key().slug() + "/" + handout.key().lang()).collect(Collectors.toSet());
        return new Section(module, name, pages, handedOut);
    }

    /** Each municipality's local pages as a section of its own; {@code only} limits them to those municipalities. */
    private List<Section> local(@Nullable Set<String> only) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (LocalTextState text : published.allLocal()) {
            if (only != null && !only.contains(text.municipalityCode())) {
                continue;
            }
            sections.computeIfAbsent(text.municipalityCode(), code -> new Section("local:" + code,
                            "Lokaal: " + text.municipalityName(), new LinkedHashMap<>(), Set.of()))
                    .pages().computeIfAbsent(text.slug(), slug -> new LinkedHashMap<>()).put(text.lang(), text.state());
        }
        return List.copyOf(sections.values());
    }
}
