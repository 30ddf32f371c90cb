package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.web.PublishedResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.meedoen.editing.UiTextTestData.item;
import static nl.meedoen.editing.UiTextTestData.publish;
import static nl.meedoen.editing.UiTextTestData.tryPublish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Before an interface text is published ICU4J checks it: it parses, it has exactly the Dutch text's
 * arguments, and its plural messages have the categories the language needs. A refusal is a problem
 * naming the key and what is wrong, and changes nothing.
 */
@MicronautTest(transactional = false)
class InterfaceTextsAreCheckedWithIcuTest {

    @Serdeable
    record Refusal(String title, int status, String detail, String key, List<String> problems) {
    }

    private static final String DUTCH = "{name}, je hebt {count, plural, one {# plaats} other {# plaatsen}} in {place}";

    private final Api api;
    private final UiTextTestData data;
    private final TestStaff staff;
    private String editor;

    InterfaceTextsAreCheckedWithIcuTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff, PublishedResponses responses) {
        this.api = new Api(server, json);
        this.data = new UiTextTestData(sql, responses);
        this.staff = staff;
    }

    @BeforeEach
    void aNationalEditor() {
        editor = TestStaff.signIn(api, staff.person("redacteur", Role.EDITOR, null));
    }

    @AfterEach
    void removeKeys() {
        data.removeAll();
    }

    @Test
    void aPatternThatDoesNotParseIsRefused() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "en", "{name}, you have {count, plural, one {# seat} other {# seats} in {place}");

        assertTrue(refusal.detail().contains("not valid ICU MessageFormat"), refusal.detail());
    }

    @Test
    void aMissingArgumentIsRefused() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "en", "{name}, you have {count, plural, one {# seat} other {# seats}}");

        assertEquals(List.of("Missing argument(s) {place} that the Dutch text uses."), refusal.problems());
    }

    @Test
    void anArgumentTheDutchTextDoesNotHaveIsRefused() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "en", "{name}, you have {count, plural, one {# seat} other {# seats}} in {place} on {day}");

        assertEquals(List.of("Argument(s) {day} that the Dutch text does not have."), refusal.problems());
    }

    @Test
    void arabicNeedsZeroOneTwoFewManyAndOther() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "ar", "{name}، لديك {count, plural, one {مقعد واحد} other {# مقاعد}} في {place}");

        assertEquals(1, refusal.problems().size(), refusal.detail());
        assertTrue(refusal.problems().get(0).contains("lacks the categories few, many, two, zero that 'ar' needs"), refusal.detail());
        publish(api, editor, key, "ar", "{name}، لديك {count, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} "
                + "many {# مقعدًا} other {# مقعد}} في {place}", false);
    }

    @Test
    void russianNeedsFewAndMany() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "ru", "{name}, у вас {count, plural, one {# место} other {# места}} в {place}");

        assertTrue(refusal.problems().get(0).contains("lacks the categories few, many that 'ru' needs"), refusal.detail());
        publish(api, editor, key, "ru", "{name}, у вас {count, plural, one {# место} few {# места} many {# мест} other {# места}} в {place}", false);
    }

    @Test
    void polishNeedsFewAndManyAndHasNoTwo() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "pl", "{name}, masz {count, plural, one {# miejsce} two {# miejsca} other {# miejsc}} w {place}");

        assertEquals(2, refusal.problems().size(), refusal.detail());
        assertTrue(refusal.problems().get(0).contains("lacks the categories few, many that 'pl' needs"), refusal.detail());
        assertTrue(refusal.problems().get(1).contains("has two, which 'pl' does not use"), refusal.detail());
    }

    @Test
    void aPluralWithoutOtherIsRefused() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "en", "{name}, you have {count, plural, one {# seat}} in {place}");

        assertTrue(refusal.detail().contains("'other'"), refusal.detail());
    }

    @Test
    void aSelectOrdinalMessageNeedsTheLanguagesOrdinalCategories() {
        String key = data.key("{place} is je {n, selectordinal, other {#e}} keuze");

        Refusal refusal = refused(key, "en", "{place} is your {n, selectordinal, one {#st} other {#th}} choice");

        assertTrue(refusal.problems().get(0).contains("selectordinal message of {n} lacks the categories few, two"), refusal.detail());
    }

    @Test
    void theDutchSourceItselfIsCheckedForDutchPluralRules() {
        String key = data.key(DUTCH);

        Refusal refusal = refused(key, "nl", "{name}, je hebt {count, plural, other {# plaatsen}} in {place}");

        assertTrue(refusal.problems().get(0).contains("lacks the category one that 'nl' needs"), refusal.detail());
    }

    private Refusal refused(String key, String lang, String pattern) {
        String before = item(api, editor, key, lang).status();
        Api.Response response = tryPublish(api, editor, key, lang, pattern, false);
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        Refusal refusal = response.as(Refusal.class);
        assertEquals(key, refusal.key());
        assertTrue(refusal.detail().startsWith(key + " (" + lang + "): "), refusal.detail());
        assertEquals(before, item(api, editor, key, lang).status(), "a refused text changes nothing");
        return refusal;
    }
}
