package nl.meedoen.locale;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LocaleNegotiationTest {

    @Serdeable
    record Messages(String lang, String dir) {
    }

    @Serdeable
    record Contents(String lang) {
    }

    @Serdeable
    record Problem(int status, String title, String detail, List<String> supportedLocales) {
    }

    private final Api api;

    LocaleNegotiationTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @ParameterizedTest(name = "Accept-Language {0} gets {1}")
    @CsvSource(delimiter = '|', value = {
            "fa-AF|prs",
            "prs|prs",
            "fa-IR|fa",
            "ar-SY|ar",
            "ti-ER|ti",
            "uk-UA,ru;q=0.5|uk",
            "de-DE,en;q=0.8|en",
            "ja-JP|nl",
            "*|nl",
            "not a language header ;;;|nl",
    })
    void picksTheClosestLanguageForTheBrowser(String acceptLanguage, String expected) {
        Api.Response response = api.get("/api/v1/messages", "Accept-Language", acceptLanguage);

        assertEquals(200, response.status());
        assertEquals(expected, response.as(Messages.class).lang());
        assertEquals(expected, response.header("Content-Language"));
    }

    @Test
    void anExplicitLangParameterWinsOverTheBrowser() {
        Api.Response response = api.get("/api/v1/messages?lang=ti", "Accept-Language", "ar-SY");

        Messages messages = response.as(Messages.class);
        assertEquals("ti", messages.lang());
        assertEquals("ltr", messages.dir());
    }

    @Test
    void withoutAnyPreferenceTheTextIsDutch() {
        assertEquals("nl", api.get("/api/v1/values").as(Contents.class).lang());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "../etc", "ar-SY", "<script>"})
    void anUnsupportedOrMalformedLanguageIsRejectedWithTheListOfLanguages(String lang) {
        Api.Response response = api.get("/api/v1/values?lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8));

        assertRejected(response);
    }

    @Test
    void aThreeHundredCharacterLanguageIsRejectedWithoutEchoingIt() {
        String lang = "a".repeat(300);
        Api.Response response = api.get("/api/v1/values/vrijheid?lang=" + lang);

        assertRejected(response);
        assertTrue(!response.body().contains(lang), "the problem does not repeat the whole input");
    }

    private static void assertRejected(Api.Response response) {
        assertEquals(400, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        Problem problem = response.as(Problem.class);
        assertEquals(400, problem.status());
        assertEquals("Unsupported language", problem.title());
        assertTrue(problem.detail().contains("nl, en, ar, ti"), problem.detail());
        assertEquals(17, problem.supportedLocales().size());
    }
}
