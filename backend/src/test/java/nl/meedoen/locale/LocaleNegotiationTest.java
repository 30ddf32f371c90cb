package nl.meedoen.locale;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LocaleNegotiationTest {

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
        assertEquals(expected, response.object().get("lang"));
        assertEquals(expected, response.header("Content-Language"));
    }

    @Test
    void anExplicitLangParameterWinsOverTheBrowser() {
        Api.Response response = api.get("/api/v1/messages?lang=ti", "Accept-Language", "ar-SY");

        assertEquals("ti", response.object().get("lang"));
        assertEquals("ltr", response.object().get("dir"));
    }

    @Test
    void withoutAnyPreferenceTheTextIsDutch() {
        assertEquals("nl", api.get("/api/v1/values").object().get("lang"));
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
        Map<String, Object> problem = response.object();
        assertEquals(400, problem.get("status"));
        assertEquals("Unsupported language", problem.get("title"));
        assertTrue(((String) problem.get("detail")).contains("nl, en, ar, ti"), problem.get("detail").toString());
        assertEquals(17, ((List<?>) problem.get("supportedLocales")).size());
    }
}
