package nl.meedoen.identity;

import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import nl.meedoen.testing.Sql;
import nl.meedoen.web.Caller;
import nl.meedoen.testing.Api;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every staff operation, called by every role, for its own and for another municipality, and
 * without a token. A new staff endpoint makes {@link #everyStaffOperationIsInTheMatrix} fail until it
 * is added to {@link #OPERATIONS} with the roles that may use it.
 */
@MicronautTest(transactional = false)
class StaffAccessMatrixTest {

    private static final String OWN = "GM9999";
    private static final String OTHER = "GM9998";

    /**
     * How to call one operation in a municipality; {@code allowed} empty means: every signed-in staff
     * member. Operations outside any municipality ignore the municipality they are called "for".
     */
    record Operation(String method, String template, Set<Role> allowed, Function<Fixture, String> path,
                     Function<Fixture, @Nullable Object> body) {

        String key() {
            return method + " " + template;
        }
    }

    /** Things that exist in one municipality, and a national content page of its own to edit. */
    record Fixture(String code, UUID newcomer, UUID trainer, String page, long place) {
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Problem(String detail, String instance) {
    }

    private static final String BASE = "/api/v1/municipalities/{code}";
    private static final String EDITING = "/api/v1/editing/{module}/{slug}/{lang}";

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("GET", "/api/v1/staff/me", Set.of(), f -> "/api/v1/staff/me", f -> null),
            new Operation("GET", BASE + "/newcomers", Set.of(Role.COORDINATOR), f -> at(f, "/newcomers"), f -> null),
            new Operation("POST", BASE + "/newcomers", Set.of(Role.COORDINATOR), f -> at(f, "/newcomers"),
                    f -> Map.of("name", "Matrix", "preferredLanguage", "ar", "targetGroup", "permit-holder", "regime", "wi2021")),
            new Operation("GET", BASE + "/newcomers/{id}", Set.of(Role.COORDINATOR), f -> at(f, "/newcomers/" + f.newcomer()), f -> null),
            new Operation("POST", BASE + "/newcomers/search", Set.of(Role.COORDINATOR), f -> at(f, "/newcomers/search"),
                    f -> Map.of("name", "fixture")),
            new Operation("PUT", BASE + "/newcomers/{id}", Set.of(Role.COORDINATOR), f -> at(f, "/newcomers/" + f.newcomer()),
                    f -> Map.of("name", "Fixture", "preferredLanguage", "ar", "targetGroup", "permit-holder", "regime", "wi2021")),
            new Operation("GET", BASE + "/newcomers/{id}/invitations", Set.of(Role.COORDINATOR),
                    f -> at(f, "/newcomers/" + f.newcomer() + "/invitations"), f -> null),
            new Operation("POST", BASE + "/newcomers/{id}/invitations", Set.of(Role.COORDINATOR),
                    f -> at(f, "/newcomers/" + f.newcomer() + "/invitations"), f -> null),
            new Operation("GET", BASE + "/staff", Set.of(Role.COORDINATOR), f -> at(f, "/staff"), f -> null),
            new Operation("POST", BASE + "/staff", Set.of(Role.COORDINATOR), f -> at(f, "/staff"),
                    f -> Map.of("email", "matrix-" + UUID.randomUUID() + "@example.org", "name", "Matrix", "roles", List.of("trainer"))),
            new Operation("PUT", BASE + "/staff/{id}/roles", Set.of(Role.COORDINATOR), f -> at(f, "/staff/" + f.trainer() + "/roles"),
                    f -> Map.of("roles", List.of("trainer"))),
            new Operation("POST", BASE + "/staff/{id}/password-reset", Set.of(Role.COORDINATOR),
                    f -> at(f, "/staff/" + f.trainer() + "/password-reset"), f -> null),
            new Operation("GET", BASE + "/audit-events", Set.of(Role.COORDINATOR), f -> at(f, "/audit-events"), f -> null),
            new Operation("POST", BASE + "/staff/{id}/deactivation", Set.of(Role.COORDINATOR),
                    f -> at(f, "/staff/" + f.trainer() + "/deactivation"), f -> null),
            new Operation("POST", BASE + "/staff/{id}/reactivation", Set.of(Role.COORDINATOR),
                    f -> at(f, "/staff/" + f.trainer() + "/reactivation"), f -> null),
            new Operation("GET", "/api/v1/setup", Set.of(), f -> "/api/v1/setup", f -> null),
            new Operation("POST", "/api/v1/municipalities", Set.of(Role.ADMIN), f -> "/api/v1/municipalities",
                    f -> Map.of("code", f.code(), "name", f.code().equals(OWN) ? "Voorbeeldstad" : "Anderstad")),
            new Operation("POST", "/api/v1/sign-out", Set.of(), f -> "/api/v1/sign-out", f -> null),
            // National content: national editors, of whom the demo has none, so only the admin passes here.
            new Operation("GET", EDITING, Set.of(Role.ADMIN), f -> editing(f, ""), f -> null),
            new Operation("PUT", EDITING + "/draft", Set.of(Role.ADMIN), f -> editing(f, "/draft"),
                    f -> Map.of("title", "Matrix", "summary", "", "body", "ሓደ።")),
            new Operation("POST", EDITING + "/review", Set.of(Role.ADMIN), f -> editing(f, "/review"), f -> null),
            new Operation("POST", EDITING + "/publication", Set.of(Role.ADMIN), f -> editing(f, "/publication"),
                    f -> Map.of("title", "Matrix", "summary", "", "body", "ክልተ።", "minorEdit", false)),
            new Operation("GET", EDITING + "/versions", Set.of(Role.ADMIN), f -> editing(f, "/versions"), f -> null),
            new Operation("GET", EDITING + "/comparison", Set.of(Role.ADMIN), f -> editing(f, "/comparison?from=1&to=1"), f -> null),
            new Operation("POST", EDITING + "/versions/{number}/rollback", Set.of(Role.ADMIN),
                    f -> editing(f, "/versions/1/rollback"), f -> Map.of("minorEdit", false)),
            new Operation("GET", "/api/v1/editing/texts", Set.of(Role.ADMIN), f -> "/api/v1/editing/texts?lang=ti", f -> null),
            new Operation("GET", "/api/v1/editing/dashboard", Set.of(Role.EDITOR), f -> "/api/v1/editing/dashboard", f -> null),
            new Operation("GET", "/api/v1/editing/files/{lang}", Set.of(Role.ADMIN), f -> "/api/v1/editing/files/ti?format=po", f -> null),
            new Operation("POST", "/api/v1/editing/files/{lang}", Set.of(Role.ADMIN), f -> "/api/v1/editing/files/ti?format=po",
                    f -> "msgid \"\"\nmsgstr \"Language: ti\\n\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new Operation("POST", "/api/v1/editing/files/{lang}/handouts", Set.of(Role.ADMIN),
                    f -> "/api/v1/editing/files/ti/handouts", f -> null),
            new Operation("GET", BASE + "/places", Set.of(Role.EDITOR), f -> at(f, "/places"), f -> null),
            new Operation("POST", BASE + "/places", Set.of(Role.EDITOR), f -> at(f, "/places"), f -> place("Matrix " + UUID.randomUUID())),
            new Operation("PUT", BASE + "/places/{id}", Set.of(Role.EDITOR), f -> at(f, "/places/" + f.place()),
                    f -> place("Matrix " + f.place())),
            new Operation("GET", "/api/v1/editing/conflicts", Set.of(Role.ADMIN), f -> "/api/v1/editing/conflicts", f -> null),
            new Operation("POST", "/api/v1/editing/preview", Set.of(Role.EDITOR), f -> "/api/v1/editing/preview",
                    f -> Map.of("body", "**Matrix**")));

    /**
     * Operations that anyone may call without a token; every other operation needs a staff member's
     * ({@link #OPERATIONS}) or a newcomer's phone's. A new operation without a caller fails
     * {@link #everyOperationWithoutACallerIsListedAsPublic} until it is added here.
     */
    private static final Set<String> PUBLIC = Set.of(
            "GET /api/v1/locales",
            "GET /api/v1/messages",
            "GET /api/v1/values",
            "GET /api/v1/values/{slug}",
            "GET /api/v1/search-index",
            "GET /api/v1/municipalities",
            "GET /api/v1/municipalities/{code}",
            "GET /api/v1/municipalities/{code}/wegwijs",
            "GET /api/v1/municipalities/{code}/wegwijs/{slug}",
            "GET /api/v1/municipalities/{code}/wegwijs/{slug}/open-now",
            "GET /api/v1/openapi.json",
            "POST /api/v1/sign-in",
            "POST /api/v1/sign-in/refresh",
            "POST /api/v1/password",
            "GET /api/v1/sign-in/oidc",
            "GET /api/v1/sign-in/oidc/{provider}",
            "GET /api/v1/sign-in/oidc/{provider}/callback",
            "POST /api/v1/auth/oidc/handover",
            "POST /api/v1/invitations/redeem");

    private final Api api;
    private final Router router;
    private final Sql database;
    private final StaffAccounts accounts;
    private final Passwords passwords;
    private final Newcomers newcomers;
    private Fixture own;
    private Fixture other;

    StaffAccessMatrixTest(EmbeddedServer server, JsonMapper json, Router router, Sql database, StaffAccounts accounts,
                          Passwords passwords, Newcomers newcomers) {
        this.api = new Api(server, json);
        this.router = router;
        this.database = database;
        this.accounts = accounts;
        this.passwords = passwords;
        this.newcomers = newcomers;
    }

    @BeforeEach
    void twoMunicipalitiesWithANewcomerAndATrainerEach() {
        database.update("""
                INSERT INTO municipality (code, slug, name, search_key) VALUES (?, 'anderstad', 'Anderstad', 'anderstad')
                ON CONFLICT DO NOTHING
                """, OTHER);
        own = fixture(OWN);
        other = fixture(OTHER);
    }

    @Test
    void everyStaffOperationIsInTheMatrix() {
        Set<String> staffRoutes = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> java.util.Arrays.stream(route.getTargetMethod().getArguments())
                        .anyMatch(argument -> argument.getType() == SignedInStaff.class))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(staffRoutes, OPERATIONS.stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new)),
                "add new staff endpoints to OPERATIONS with the roles that may use them");
    }

    @Test
    void everyOperationWithoutACallerIsListedAsPublic() {
        Set<String> withoutCaller = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/v1/"))
                .filter(route -> java.util.Arrays.stream(route.getTargetMethod().getArguments())
                        .noneMatch(argument -> Caller.class.isAssignableFrom(argument.getType())))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(PUBLIC), withoutCaller, "an operation without a caller is open to anyone: list it in PUBLIC if it should be");
    }

    @Test
    void everyRoleGetsExactlyWhatItMayForItsOwnAndAnotherMunicipality() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            for (Fixture target : List.of(own, other)) {
                check(wrong, operation, target, null, 401);
                for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
                    check(wrong, operation, target, demo, expected(operation, target, demo.role()));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aNewcomerOfAnotherMunicipalityLooksExactlyLikeOneThatDoesNotExist() {
        String coordinator = token("coordinator@voorbeeldstad.example");

        Api.Response foreign = api.get(at(own, "/newcomers/" + other.newcomer()), "Authorization", coordinator);
        Api.Response absent = api.get(at(own, "/newcomers/" + UUID.randomUUID()), "Authorization", coordinator);
        Api.Response otherMunicipality = api.get(at(other, "/newcomers/" + other.newcomer()), "Authorization", coordinator);

        assertEquals(404, foreign.status());
        assertEquals(absent.body().replace(absent.as(Problem.class).instance(), ""),
                foreign.body().replace(foreign.as(Problem.class).instance(), ""));
        assertEquals(404, otherMunicipality.status());
        assertEquals(foreign.as(Problem.class).detail(), otherMunicipality.as(Problem.class).detail());
    }

    private static int expected(Operation operation, Fixture target, Role role) {
        if (role == Role.ADMIN || operation.allowed().isEmpty()) {
            return 200;
        }
        if (!operation.template().startsWith(BASE)) {
            return operation.allowed().contains(role) ? 200 : 403;
        }
        if (!target.code().equals(OWN)) {
            return 404;
        }
        return operation.allowed().contains(role) ? 200 : 403;
    }

    private void check(List<String> wrong, Operation operation, Fixture target, DemoAccounts.@Nullable Demo caller, int expected) {
        String[] headers = caller == null ? new String[0] : new String[] {"Authorization", token(caller.email())};
        Object body = operation.body().apply(target);
        // A file (a translator's PO file) goes as it is; anything else as JSON.
        Api.Response response = body instanceof byte[] file
                ? api.sendBytes(operation.method(), operation.path().apply(target), file, "text/x-gettext-translation", headers)
                : api.send(operation.method(), operation.path().apply(target), body, headers);
        int status = response.status() / 100 == 2 ? 200 : response.status();
        String who = caller == null ? "no token" : caller.role().code();
        if (status != expected) {
            wrong.add(operation.key() + " in " + target.code() + " as " + who + ": " + response.status() + ", expected " + expected);
        } else if (response.status() >= 400 && !"application/problem+json".equals(response.header("Content-Type"))) {
            wrong.add(operation.key() + " as " + who + ": error is not problem+json");
        }
    }

    /** A fresh sign-in per call, so that the sign-out operation ends nothing another call needs. */
    private String token(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", DemoAccounts.PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }

    private Fixture fixture(String code) {
        UUID newcomer = newcomers.save(new StoredNewcomer(UUID.randomUUID(), code, "Fixture", "ar", "permit-holder", "wi2021",
                LocalDate.now(), LocalDate.now().plusYears(3), null, null, null, null)).id();
        UUID trainer = accounts.create("trainer-" + UUID.randomUUID() + "@example.org", "Fixture trainer");
        accounts.setPassword(trainer, passwords.hash("a long fixture password"));
        accounts.grant(trainer, Role.TRAINER, code);
        String page = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        database.update("INSERT INTO content_page (module, slug, position, version) VALUES ('values', ?, 901, 1)", page);
        for (String lang : List.of("nl", "ti")) {
            database.update("""
                    INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                              source_version, review_status, file_hash, edited)
                    VALUES ('values', ?, ?, 'Matrix', '', 'Een.', '<p>Een.</p>', 1, 1, ?, '', true)
                    """, page, lang, lang.equals("nl") ? "source" : "unreviewed");
        }
        long place = database.one("INSERT INTO place (municipality_code, topic, name) VALUES (?, 'zorg-en-huisarts', ?) RETURNING id",
                rows -> rows.getLong(1), code, "Matrix " + UUID.randomUUID()).orElseThrow();
        return new Fixture(code, newcomer, trainer, page, place);
    }

    private static Map<String, Object> place(String name) {
        return Map.of("topic", "zorg-en-huisarts", "name", name, "weekly", List.of(Map.of("weekday", 1, "opens", "09:00", "closes", "17:00")),
                "specialDays", List.of());
    }

    @AfterEach
    void removeEditingPages() {
        database.update("DELETE FROM content_page WHERE module = 'values' AND slug IN (?, ?)", own.page(), other.page());
        database.update("DELETE FROM place WHERE name LIKE 'Matrix %'");
    }

    private static String editing(Fixture fixture, String path) {
        return "/api/v1/editing/values/" + fixture.page() + "/ti" + path;
    }

    private static String at(Fixture fixture, String path) {
        return "/api/v1/municipalities/" + fixture.code() + path;
    }
}
