package nl.meedoen.editing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.locale.UiTextPublisher;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drafts, publishing, review and versions of the app's interface texts, by the same rules as national
 * content: a translation records the Dutch version it was made from; a Dutch change that is not a minor
 * edit makes every translation outdated; a draft changes nothing; a reader of the language other than
 * who published it marks it reviewed. Publishing goes through {@link UiTextPublisher}, so every
 * instance serves the new text within a second.
 */
@Singleton
class InterfaceTexts {

    private final PublishedUiTexts published;
    private final UiTextVersions versions;
    private final UiTextDrafts drafts;
    private final UiTextPublisher publisher;
    private final SupportedLocales locales;
    private final Editors editors;
    private final AuditLog audit;

    InterfaceTexts(PublishedUiTexts published, UiTextVersions versions, UiTextDrafts drafts, UiTextPublisher publisher,
                   SupportedLocales locales, Editors editors, AuditLog audit) {
        this.published = published;
        this.versions = versions;
        this.drafts = drafts;
        this.publisher = publisher;
        this.locales = locales;
        this.editors = editors;
        this.audit = audit;
    }

    /** The interface texts in one language with their status, optionally only those of one status. */
    @Transactional(readOnly = true)
    List<InterfaceTextViews.Listed> list(SupportedLocale locale, @Nullable TextStatus status) {
        Map<String, Map<String, TextState>> byKey = new HashMap<>();
        for (TextState text : published.all()) {
            byKey.computeIfAbsent(text.slug(), key -> new HashMap<>()).put(text.lang(), text);
        }
        List<InterfaceTextViews.Listed> listed = new ArrayList<>();
        for (DutchUiText dutch : published.dutch()) {
            Map<String, TextState> texts = byKey.get(dutch.key());
            TextStatus each = Statuses.of(locale, texts.get(SupportedLocales.SOURCE).pageVersion(), texts);
            if (status == null || status == each) {
                listed.add(new InterfaceTextViews.Listed(dutch.key(), dutch.pattern(), locale.code(), each));
            }
        }
        return listed;
    }

    @Transactional(readOnly = true)
    InterfaceTextViews.Item item(SignedInStaff staff, UiTextKey key) {
        return view(staff, key, message(key, false));
    }

    /** Keeps the editor's work without publishing it: nothing a newcomer sees, and no status, changes. */
    @Transactional
    void saveDraft(SignedInStaff staff, UiTextKey key, String pattern, String client) {
        message(key, true);
        drafts.save(key.name(), key.lang(), pattern, staff.id());
        audit.record(staff, null, "content.draft-saved", key, client);
    }

    /** Checks a text with ICU and publishes it; a translation records that it was made from the current Dutch version. */
    @Transactional
    InterfaceTextViews.Item publish(SignedInStaff staff, UiTextKey key, String pattern, boolean minorEdit, String client) {
        Message message = message(key, true);
        check(key, message, pattern);
        publishChecked(staff, key, message, pattern, minorEdit, message.source().messageVersion());
        audit.record(staff, null, minorEdit ? "content.published-minor" : "content.published", key, client);
        return view(staff, key, message(key, false));
    }

    /** Publishes an earlier version again as the newest; it keeps the Dutch version it was made from. */
    @Transactional
    InterfaceTextViews.Item rollBack(SignedInStaff staff, UiTextKey key, int number, boolean minorEdit, String client) {
        Message message = message(key, true);
        firstVersion(key, message);
        StoredUiVersion old = versions.find(key.name(), key.lang(), number)
                .orElseThrow(() -> new ItemNotFound("version " + number + " of this text"));
        check(key, message, old.pattern());
        publishChecked(staff, key, message, old.pattern(), minorEdit,
                Math.min(old.sourceVersion(), message.source().messageVersion()));
        audit.record(staff, null, "content.rolled-back", key + "@" + number, client);
        return view(staff, key, message(key, false));
    }

    /** Marks a translation reviewed: only while it is current, and only by whom {@link Editors#requireCanReview} lets. */
    @Transactional
    InterfaceTextViews.Item review(SignedInStaff staff, UiTextKey key, String client) {
        Message message = message(key, true);
        if (key.lang().equals(SupportedLocales.SOURCE)) {
            throw ReviewBlock.SOURCE.refused();
        }
        CurrentUiText own = Optional.ofNullable(message.texts().get(key.lang()))
                .orElseThrow(() -> new ItemNotFound("text in this language to review"));
        ReviewBlock.ofStatus(message.status()).ifPresent(block -> {
            throw block.refused();
        });
        editors.requireCanReview(staff, key.lang(), own.publishedBy());
        int number = firstVersion(key, message);
        publisher.markReviewed(key.name(), key.lang(), staff.id());
        versions.markReviewed(key.name(), key.lang(), number, staff.id(), staff.name());
        audit.record(staff, null, "content.reviewed", key, client);
        return view(staff, key, message(key, false));
    }

    /** Every published version, newest first. The text as shipped becomes version 1 when it is first looked at. */
    @Transactional
    List<InterfaceTextViews.Version> history(UiTextKey key) {
        firstVersion(key, message(key, true));
        return versions.of(key.name(), key.lang()).stream().map(InterfaceTextViews.Version::of).toList();
    }

    private InterfaceTextViews.Item view(SignedInStaff staff, UiTextKey key, Message message) {
        CurrentUiText own = message.texts().get(key.lang());
        CurrentUiText source = message.source();
        List<LineDiff.Line> changes = null;
        if (own != null && own.sourceVersion() < source.messageVersion()) {
            changes = versions.dutchAt(key.name(), own.sourceVersion())
                    .map(old -> LineDiff.between(old.pattern(), source.pattern()))
                    .orElse(null);
        }
        InterfaceTextViews.Draft draft = drafts.find(key.name(), key.lang())
                .map(d -> new InterfaceTextViews.Draft(d.pattern(), d.savedAt(), staff.id().equals(d.savedBy())))
                .orElse(null);
        ReviewBlock block = ReviewBlock.ofStatus(message.status())
                .or(() -> own == null ? Optional.of(ReviewBlock.NO_TEXT) : editors.reviewBlock(staff, key.lang(), own.publishedBy()))
                .orElse(null);
        return new InterfaceTextViews.Item(key.name(), key.lang(), message.locale().direction(), message.status(),
                source.messageVersion(), text(source), own == null ? null : text(own), draft, changes, block == null, block);
    }

    private void check(UiTextKey key, Message message, String pattern) {
        boolean source = key.lang().equals(SupportedLocales.SOURCE);
        List<String> problems = IcuPatterns.problems(pattern, message.locale().icu(), key.lang(),
                source ? null : message.source().pattern());
        if (!problems.isEmpty()) {
            throw new InvalidUiText(key.name(), key.lang(), problems);
        }
    }

    private void publishChecked(SignedInStaff staff, UiTextKey key, Message message, String pattern, boolean minorEdit,
                                int madeFrom) {
        int number = firstVersion(key, message) + 1;
        int sourceVersion;
        if (key.lang().equals(SupportedLocales.SOURCE)) {
            sourceVersion = publisher.publishSource(key.name(), pattern, minorEdit, staff.id());
        } else {
            publisher.publishTranslation(key.name(), key.lang(), pattern, madeFrom, staff.id());
            sourceVersion = madeFrom;
        }
        versions.add(key.name(), key.lang(), number, pattern, sourceVersion, minorEdit, staff.id(), staff.name());
        drafts.delete(key.name(), key.lang());
    }

    /** The number of the newest kept version; a text never edited is kept as version 1 first, as it was shipped. */
    private int firstVersion(UiTextKey key, Message message) {
        int last = versions.lastNumber(key.name(), key.lang());
        CurrentUiText current = message.texts().get(key.lang());
        if (last == 0 && current != null) {
            versions.add(key.name(), key.lang(), 1, current.pattern(), current.sourceVersion(), false, null, null);
            return 1;
        }
        return last;
    }

    /** A key with all its texts; with {@code lock}, locked until the transaction ends so that two publishers take turns. */
    private Message message(UiTextKey key, boolean lock) {
        SupportedLocale locale = locales.find(key.lang()).filter(l -> l.code().equals(key.lang()))
                .orElseThrow(() -> new ItemNotFound("language '" + key.lang() + "' in Meedoen"));
        if (published.version(key.name()).isEmpty()) {
            throw new ItemNotFound("interface text '" + key.name() + "'");
        }
        if (lock) {
            published.lock(key.name());
        }
        Map<String, CurrentUiText> texts = published.ofKey(key.name()).stream()
                .collect(Collectors.toMap(CurrentUiText::lang, Function.identity()));
        CurrentUiText source = texts.get(SupportedLocales.SOURCE);
        if (source == null) {
            throw new ItemNotFound("Dutch text of '" + key.name() + "'");
        }
        Map<String, TextState> states = texts.values().stream()
                .collect(Collectors.toMap(CurrentUiText::lang, text -> text.state(key.name())));
        return new Message(locale, texts, source, Statuses.of(locale, source.messageVersion(), states));
    }

    private record Message(SupportedLocale locale, Map<String, CurrentUiText> texts, CurrentUiText source, TextStatus status) {
    }

    private static InterfaceTextViews.Text text(CurrentUiText text) {
        return new InterfaceTextViews.Text(text.pattern(), text.sourceVersion(), text.reviewStatus());
    }
}
