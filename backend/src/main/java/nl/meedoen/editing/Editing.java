package nl.meedoen.editing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drafts, publishing, review and versions of national content and of municipalities' own pages, by the
 * same rules. Every change is audited in its own transaction, and publishing goes through the content or
 * wegwijs package ({@link EditedPages}), so newcomers read the new text on every instance within a second.
 */
@Singleton
class Editing {

    private final NationalPages national;
    private final MunicipalPages local;
    private final Versions versions;
    private final Drafts drafts;
    private final SupportedLocales locales;
    private final AuditLog audit;
    private final Handouts handouts;
    private final Editors editors;

    Editing(NationalPages national, MunicipalPages local, Versions versions, Drafts drafts, SupportedLocales locales,
            AuditLog audit, Handouts handouts, Editors editors) {
        this.handouts = handouts;
        this.editors = editors;
        this.national = national;
        this.local = local;
        this.versions = versions;
        this.drafts = drafts;
        this.locales = locales;
        this.audit = audit;
    }

    /** A text as an editor hands it in. */
    record Input(String title, String summary, String body) {
    }

    /** A translation from a translator's file, made from the given Dutch version. */
    record Imported(ItemKey key, Input input, int madeFrom) {
    }

    @Transactional(readOnly = true)
    EditorViews.Item item(SignedInStaff staff, ItemKey key) {
        return view(staff, key, page(key, false));
    }

    private EditorViews.Item view(SignedInStaff staff, ItemKey key, Page page) {
        CurrentText own = page.texts().get(key.lang());
        TextStatus status = Statuses.of(page.locale(), page.source().pageVersion(), page.states(), handouts.existsById(key));
        List<LineDiff.Line> changes = null;
        if (own != null && own.sourceVersion() < page.source().pageVersion()) {
            changes = versions.dutchAt(key.module(), key.slug(), own.sourceVersion())
                    .map(old -> LineDiff.between(old.bodyMarkdown(), page.source().bodyMarkdown()))
                    .orElse(null);
        }
        EditorViews.Draft draft = drafts.findById(key)
                .map(d -> new EditorViews.Draft(d.title(), d.summary(), d.bodyMarkdown(), d.savedAt(), staff.id().equals(d.savedBy())))
                .orElse(null);
        ReviewBlock block = ReviewBlock.ofStatus(status)
                .or(() -> own == null ? Optional.of(ReviewBlock.NO_TEXT) : editors.reviewBlock(staff, key.lang(), own.publishedBy()))
                .orElse(null);
        return new EditorViews.Item(key.module(), key.slug(), key.lang(), page.locale().direction(), status,
                page.source().pageVersion(), text(page.source()), own == null ? null : text(own), draft, changes, block == null,
                block);
    }

    /** Keeps the editor's work without publishing it: nothing a newcomer sees, and no status, changes. */
    @Transactional
    void saveDraft(SignedInStaff staff, ItemKey key, Input input, String client) {
        page(key);
        drafts.save(key.module(), key.slug(), key.lang(), input.title(), input.summary(), input.body(), staff.id());
        audit.record(staff, key.municipality(), "content.draft-saved", key, client);
    }

    /**
     * Publishes a text. A translation is checked against the blocks of the current Dutch source and
     * records that it was made from it, which clears {@code outdated}; a Dutch change outdates every
     * translation unless it is a minor edit.
     */
    @Transactional
    EditorViews.Item publish(SignedInStaff staff, ItemKey key, Input input, boolean minorEdit, String client) {
        Page page = page(key);
        boolean source = key.lang().equals(SupportedLocales.SOURCE);
        TextValidation.check(input.title(), input.summary(), input.body(), source ? null : page.source().bodyMarkdown());
        publishChecked(staff, key, page, input, minorEdit, page.source().pageVersion());
        audit.record(staff, key.municipality(), minorEdit ? "content.published-minor" : "content.published", key, client);
        return view(staff, key, page(key, false));
    }

    /**
     * Publishes an earlier version again as the newest. A translation keeps the Dutch version it was made
     * from, so rolling back to a text of an older source shows it as outdated, honestly.
     */
    @Transactional
    EditorViews.Item rollBack(SignedInStaff staff, ItemKey key, int number, boolean minorEdit, String client) {
        Page page = page(key);
        firstVersion(key, page);
        StoredVersion old = versions.findById(new VersionKey(key.module(), key.slug(), key.lang(), number))
                .orElseThrow(() -> new ItemNotFound("version " + number + " of this text"));
        Input input = new Input(old.title(), old.summary(), old.bodyMarkdown());
        boolean source = key.lang().equals(SupportedLocales.SOURCE);
        boolean sameSource = old.sourceVersion() == page.source().pageVersion();
        TextValidation.check(input.title(), input.summary(), input.body(),
                source || !sameSource ? null : page.source().bodyMarkdown());
        publishChecked(staff, key, page, input, minorEdit, Math.min(old.sourceVersion(), page.source().pageVersion()));
        audit.record(staff, key.municipality(), "content.rolled-back", key + "@" + number, client);
        return view(staff, key, page(key, false));
    }

    /**
     * Publishes translations from a translator's file: every one is checked first, so that one bad text
     * refuses them all. A text made from the current Dutch version keeps its blocks; one made from an older
     * version is published as outdated. Runs inside the import's transaction.
     */
    @Transactional
    void publishImported(SignedInStaff staff, List<Imported> imports, String client) {
        List<String> problems = new ArrayList<>();
        for (Imported imported : imports) {
            Page page = page(imported.key());
            boolean current = imported.madeFrom() == page.source().pageVersion();
            try {
                TextValidation.check(imported.input().title(), imported.input().summary(), imported.input().body(),
                        current ? page.source().bodyMarkdown() : null);
            } catch (InvalidText invalid) {
                problems.add(imported.key().module() + "/" + imported.key().slug() + ": " + invalid.detail());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTranslatorFile(String.join(" ", problems));
        }
        for (Imported imported : imports) {
            publishChecked(staff, imported.key(), page(imported.key()), imported.input(), false, imported.madeFrom());
            audit.record(staff, imported.key().municipality(), "content.published", imported.key(), client);
        }
    }

    /** Marks a translation reviewed: by a reader of its language other than who published it, and only while it is current. */
    @Transactional
    EditorViews.Item review(SignedInStaff staff, ItemKey key, String client) {
        Page page = page(key);
        if (key.lang().equals(SupportedLocales.SOURCE)) {
            throw ReviewBlock.SOURCE.refused();
        }
        CurrentText own = Optional.ofNullable(page.texts().get(key.lang()))
                .orElseThrow(() -> new ItemNotFound("text in this language to review"));
        TextStatus status = Statuses.of(page.locale(), page.source().pageVersion(), page.states());
        ReviewBlock.ofStatus(status).ifPresent(block -> {
            throw block.refused();
        });
        editors.requireCanReview(staff, key, own.publishedBy());
        int number = firstVersion(key, page);
        pages(key).markReviewed(key, staff.id());
        versions.markReviewed(key.module(), key.slug(), key.lang(), number, staff.id(), staff.name());
        audit.record(staff, key.municipality(), "content.reviewed", key, client);
        return view(staff, key, page(key, false));
    }

    /** Every published version, newest first. The text as shipped becomes version 1 when it is first looked at. */
    @Transactional
    List<EditorViews.Version> history(ItemKey key) {
        firstVersion(key, page(key));
        return versions.of(key.module(), key.slug(), key.lang()).stream().map(EditorViews.Version::of).toList();
    }

    @Transactional
    EditorViews.Comparison compare(ItemKey key, int from, int to) {
        firstVersion(key, page(key));
        StoredVersion a = version(key, from);
        StoredVersion b = version(key, to);
        return new EditorViews.Comparison(EditorViews.Version.of(a), EditorViews.Version.of(b),
                LineDiff.between(a.title(), b.title()), LineDiff.between(a.summary(), b.summary()),
                LineDiff.between(a.bodyMarkdown(), b.bodyMarkdown()));
    }

    private void publishChecked(SignedInStaff staff, ItemKey key, Page page, Input input, boolean minorEdit, int madeFrom) {
        int number = firstVersion(key, page) + 1;
        int sourceVersion;
        if (key.lang().equals(SupportedLocales.SOURCE)) {
            sourceVersion = pages(key).publishSource(key, input, minorEdit, staff.id());
        } else {
            pages(key).publishTranslation(key, input, madeFrom, staff.id());
            sourceVersion = madeFrom;
            // The translation is back: whatever was handed out for it is no longer out.
            handouts.deleteById(key);
        }
        versions.add(key.module(), key.slug(), key.lang(), number, input.title(), input.summary(), input.body(),
                sourceVersion, minorEdit, staff.id(), staff.name());
        drafts.deleteById(key);
    }

    /**
     * The number of the newest kept version. A text that was never edited is kept as version 1 first,
     * so that the shipped text can be compared with and rolled back to.
     */
    private int firstVersion(ItemKey key, Page page) {
        int last = versions.lastNumber(key.module(), key.slug(), key.lang());
        CurrentText current = page.texts().get(key.lang());
        if (last == 0 && current != null) {
            versions.add(key.module(), key.slug(), key.lang(), 1, current.title(), current.summary(),
                    current.bodyMarkdown(), current.sourceVersion(), false, null, null);
            return 1;
        }
        return last;
    }

    private StoredVersion version(ItemKey key, int number) {
        return versions.findById(new VersionKey(key.module(), key.slug(), key.lang(), number))
                .orElseThrow(() -> new ItemNotFound("version " + number + " of this text"));
    }

    /** A page with all its texts, locked until the transaction ends so that two publishers take turns. */
    private Page page(ItemKey key) {
        return page(key, true);
    }

    private Page page(ItemKey key, boolean lock) {
        SupportedLocale locale = locales.find(key.lang()).filter(l -> l.code().equals(key.lang()))
                .orElseThrow(() -> new ItemNotFound("language '" + key.lang() + "' in Meedoen"));
        EditedPages pages = pages(key);
        if (pages.version(key).isEmpty()) {
            throw new ItemNotFound("page '" + key.slug() + "' in " + key.module());
        }
        if (lock) {
            pages.lock(key);
        }
        Map<String, CurrentText> texts = pages.texts(key).stream()
                .collect(Collectors.toMap(CurrentText::lang, Function.identity()));
        CurrentText source = texts.get(SupportedLocales.SOURCE);
        if (source == null) {
            throw new ItemNotFound("Dutch text of '" + key.slug() + "'");
        }
        return new Page(locale, texts, source);
    }

    private record Page(SupportedLocale locale, Map<String, CurrentText> texts, CurrentText source) {

        Map<String, TextState> states() {
            return texts.values().stream().collect(Collectors.toMap(CurrentText::lang, t -> t.state("", "")));
        }
    }

    private EditedPages pages(ItemKey key) {
        return key.municipality() == null ? national : local;
    }

    /** Whether the review button is offered: the same rule as {@link #review}, asked without failing. */
    private static EditorViews.Text text(CurrentText text) {
        return new EditorViews.Text(text.title(), text.summary(), text.bodyMarkdown(), text.sourceVersion(), text.reviewStatus());
    }
}
