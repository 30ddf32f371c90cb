package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names, e-mail addresses and dates that are broken or hostile get a 400 problem document naming the
 * field and why, from every endpoint that takes them; never a 500 from the database further on. Real
 * names in any script pass, in Unicode normal form C.
 */
@MicronautTest(transactional = false)
class HostileInputIsRejectedTest {

    /** One text field of one endpoint, with a valid body around it. */
    record Field(String endpoint, String method, String path, String role, String name, Map<String, Object> validBody,
                 boolean email) {

        @Override
        public String toString() {
            return endpoint + " " + name;
        }
    }

    /** A hostile piece of text, and how it is put in a name or an address. */
    record Hostile(String label, String text, boolean whole) {

        String in(Field field) {
            if (whole) {
                return text;
            }
            return field.email() ? "jan" + text + "jansen@example.org" : "Jan" + text + "Jansen";
        }

        @Override
        public String toString() {
            return label;
        }
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record InvalidParam(String name, String reason) {
    }

    @Serdeable
    record Problem(int status, String detail, @Nullable List<InvalidParam> invalidParams) {
    }

    @Serdeable
    record Named(String name) {
    }

    @Serdeable
    record Added(Named member) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("newcomer registration", "POST", "/api/v1/municipalities/GM9999/newcomers", "coordinator", "name", registration(), false),
            new Field("newcomer registration", "POST", "/api/v1/municipalities/GM9999/newcomers", "coordinator", "email", registration(), true),
            new Field("staff", "POST", "/api/v1/municipalities/GM9999/staff", "coordinator", "name", staff(), false),
            new Field("staff", "POST", "/api/v1/municipalities/GM9999/staff", "coordinator", "email", staff(), true),
            new Field("municipality", "POST", "/api/v1/municipalities", "admin", "name", Map.of("code", "GM9997", "name", "Proefstad"), false),
            new Field("sign-in", "POST", "/api/v1/sign-in", "", "email", Map.of("email", "x@example.org", "password", "not the password"), true));

    private static final List<Hostile> HOSTILE = List.of(
            new Hostile("em space U+2003", "\u2003", false),
            new Hostile("ideographic space U+3000", "\u3000", false),
            new Hostile("line separator U+2028", "\u2028", false),
            new Hostile("NUL", "\u0000", false),
            new Hostile("tab", "\t", false),
            new Hostile("lone high surrogate", "\uD800", false),
            new Hostile("lone low surrogate", "\uDC00", false),
            new Hostile("right-to-left override inside", "\u202E", false),
            new Hostile("first-strong isolate inside", "\u2068", false),
            new Hostile("zero-width space inside", "\u200B", false),
            new Hostile("only zero-width spaces", "\u200B\u200B", true),
            new Hostile("only a zero-width joiner", "\u200D", true),
            new Hostile("only a right-to-left override", "\u202E", true),
            new Hostile("only isolates", "\u2066\u2069", true),
            new Hostile("only a byte order mark", "\uFEFF", true),
            new Hostile("only ideographic spaces", "\u3000\u3000", true),
            new Hostile("private use", "\uE000", false),
            new Hostile("far too long", "a".repeat(400), false));

    private final Api api;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    HostileInputIsRejectedTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @BeforeEach
    void signIn() {
        tokens.put("coordinator", token("coordinator@voorbeeldstad.example"));
        tokens.put("admin", token("admin@meedoen.example"));
    }

    static List<Object[]> hostileTextForEveryField() {
        List<Object[]> cases = new ArrayList<>();
        FIELDS.forEach(field -> HOSTILE.forEach(hostile -> cases.add(new Object[] {field, hostile})));
        return cases;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileTextForEveryField")
    void hostileTextIsA400NamingTheField(Field field, Hostile hostile) {
        Map<String, Object> body = new LinkedHashMap<>(field.validBody());
        body.put(field.name(), hostile.in(field));

        Api.Response response = send(field, body);

        assertBadRequestNaming(response, field.name());
    }

    @ParameterizedTest(name = "obligationStart {0}")
    @ValueSource(strings = {"99999-01-01", "+99999-01-01", "0001-01-01", "-0001-01-01", "1900-01-01", "2126-01-01",
            "2026-02-30", "2026-13-01", "15-01-2026", "tomorrow", ""})
    void datesFarOutOfRangeOrMalformedAreA400NamingTheField(String date) {
        Map<String, Object> body = new LinkedHashMap<>(registration());
        body.put("obligationStart", date);

        Api.Response response = send(FIELDS.getFirst(), body);

        assertBadRequestNaming(response, "obligationStart");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"فاطمة الزهراء", "ተስፋይ ገብረሂወት", "Олена Шевченко", "Marie-José d'Ancona", "Seán O’Brien",
            "J. R. R. Tolkien", "علی‌رضا احمدی", "Nguyễn Thị Minh Khai", "Ngozi Okonjo-Iweala"})
    void realNamesInAnyScriptAreAccepted(String name) {
        Map<String, Object> newcomer = new LinkedHashMap<>(registration());
        newcomer.put("name", name);
        Map<String, Object> member = new LinkedHashMap<>(staff());
        member.put("name", name);

        Api.Response registered = send(FIELDS.getFirst(), newcomer);
        Api.Response added = send(FIELDS.get(2), member);

        assertEquals(201, registered.status(), registered.body());
        assertEquals(name, registered.as(Named.class).name());
        assertEquals(201, added.status(), added.body());
        assertEquals(name, added.as(Added.class).member().name());
    }

    @Test
    void namesAreKeptInNormalFormC() {
        Map<String, Object> newcomer = new LinkedHashMap<>(registration());
        newcomer.put("name", "  Jose\u0301 Mari\u0301a  ");
        newcomer.put("email", "jose\u0301@example.org");

        Api.Response registered = send(FIELDS.getFirst(), newcomer);

        assertEquals(201, registered.status(), registered.body());
        assertEquals("Jos\u00e9 Mar\u00eda", registered.as(Named.class).name());
    }

    private Api.Response send(Field field, Map<String, Object> body) {
        String token = tokens.get(field.role());
        String[] headers = token == null ? new String[0] : new String[] {"Authorization", token};
        return api.sendJson(field.method(), field.path(), json(body), headers);
    }

    private static void assertBadRequestNaming(Api.Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        Problem problem = response.as(Problem.class);
        assertTrue(problem.invalidParams() != null && problem.invalidParams().stream()
                        .anyMatch(param -> param.name().equals(field) && !param.reason().isBlank()),
                "names " + field + " and why: " + response.body());
    }

    /** JSON with every character outside printable ASCII escaped, so that lone surrogates survive the trip. */
    private static String json(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":");
            if (value instanceof List<?> list) {
                json.append(list.stream().map(item -> quote(item.toString())).toList().toString().replace(" ", ""));
            } else {
                json.append(quote(value.toString()));
            }
        });
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                quoted.append("\\u%04x".formatted((int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static Map<String, Object> registration() {
        return Map.of("name", "Amina Yusuf", "preferredLanguage", "ar", "targetGroup", "permit-holder", "regime", "wi2021",
                "obligationStart", "2026-01-15", "email", "amina@example.org");
    }

    private static Map<String, Object> staff() {
        return Map.of("email", "staff-" + UUID.randomUUID() + "@example.org", "name", "Karin de Vries", "roles", List.of("trainer"));
    }

    private String token(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", DemoAccounts.PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }
}
