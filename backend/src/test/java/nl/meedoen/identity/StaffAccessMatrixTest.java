package nl.meedoen.identity;

import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call what. Every route of the service is either in {@link #PUBLIC}, in {@link #NEWCOMER} or
 * a staff operation in {@link #OPERATIONS}, and declares exactly that with {@code @Secured}: a new route
 * makes {@link #everyRouteIsPublicOrHasItsRule} fail until it is listed here with who may call it.
 * Every staff operation is then called by every role, for its own and for another municipality, and
 * without a token.
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

    /**
     * Things that exist in one municipality: a newcomer with a seat in {@code session}, a second open
     * session, newcomers made on demand (without a booking, or with one) for calls that use one up, and a
     * national content page and a place of its own to edit.
     */
    record Fixture(String code, UUID newcomer, UUID trainer, UUID session, UUID otherSession, Supplier<UUID> unbooked,
                   Supplier<UUID> booked, Supplier<UUID> ceremony, Supplier<UUID> signedCeremony, Supplier<UUID> signature, String page, long place,
                   Supplier<UUID> begunSession, String uiKey) {
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Recorded(UUID id) {
    }

    @Serdeable
    record Problem(String detail, String instance) {
    }

    private static final String BASE = "/api/v1/municipalities/{code}";
    private static final String EDITING = "/api/v1/editing/{module}/{slug}/{lang}";
    private static final String INTERFACE_TEXT = "/api/v1/interface-texts/{lang}/{key}";

    /** Routes of one session outside {@link #BASE}, which answer as if they were in the session's municipality. */
    private static final String TRAINER_SESSION = "/api/v1/trainer/sessions/{id}";

    /** Routes anyone may call, signed in or not. Health is a management endpoint, public by its configuration. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /health",
            "GET /health/{selector}",
            "GET /api/v1/openapi.json",
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
            "POST /api/v1/sign-in",
            "POST /api/v1/sign-in/refresh",
            "POST /api/v1/password",
            "GET /api/v1/sign-in/oidc",
            "GET /api/v1/sign-in/oidc/{provider}",
            "GET /api/v1/sign-in/oidc/{provider}/callback",
            "POST /api/v1/auth/oidc/handover",
            "POST /api/v1/invitations/redeem",
            "GET /api/v1/push/vapid-public-key",
            "GET /api/v1/verifications/{code}",
            "GET /api/v1/attendance/public-key");

    /** Routes for a newcomer's linked phone. */
    private static final Set<String> NEWCOMER = Set.of(
            "GET /api/v1/newcomer/me",
            "POST /api/v1/newcomer/sign-out",
            "GET /api/v1/newcomer/sessions",
            "POST /api/v1/newcomer/bookings",
            "GET /api/v1/newcomer/booking",
            "GET /api/v1/newcomer/booking/calendar.ics",
            "PUT /api/v1/newcomer/booking",
            "DELETE /api/v1/newcomer/booking",
            "PUT /api/v1/newcomer/push-subscription",
            "DELETE /api/v1/newcomer/push-subscription",
            "GET /api/v1/newcomer/booking/check-in-code",
            "GET /api/v1/newcomer/signing-ceremony",
            "GET /api/v1/newcomer/signing-ceremonies/{id}",
            "POST /api/v1/newcomer/signing-ceremonies/{id}/signature",
            "GET /api/v1/newcomer/signature/certificate.pdf",
            "GET /api/v1/newcomer/personal-data");

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
            new Operation("GET", BASE + "/sessions", Set.of(Role.COORDINATOR, Role.TRAINER), f -> at(f, "/sessions"), f -> null),
            new Operation("POST", BASE + "/sessions", Set.of(Role.COORDINATOR), f -> at(f, "/sessions"), f -> sessionPlan()),
            new Operation("GET", BASE + "/sessions/{id}", Set.of(Role.COORDINATOR, Role.TRAINER), f -> at(f, "/sessions/" + f.session()), f -> null),
            new Operation("PUT", BASE + "/sessions/{id}", Set.of(Role.COORDINATOR), f -> at(f, "/sessions/" + f.otherSession()),
                    f -> sessionPlan()),
            new Operation("POST", BASE + "/sessions/{id}/weekly-copies", Set.of(Role.COORDINATOR),
                    f -> at(f, "/sessions/" + f.session() + "/weekly-copies"), f -> Map.of("weeks", 1)),
            new Operation("GET", BASE + "/sessions/{id}/bookings", Set.of(Role.COORDINATOR), f -> at(f, "/sessions/" + f.session() + "/bookings"),
                    f -> null),
            new Operation("GET", BASE + "/booking-settings", Set.of(Role.COORDINATOR), f -> at(f, "/booking-settings"), f -> null),
            new Operation("PUT", BASE + "/booking-settings", Set.of(Role.COORDINATOR), f -> at(f, "/booking-settings"),
                    f -> Map.of("cancellationDeadlineHours", 24)),
            new Operation("POST", BASE + "/newcomers/{id}/booking", Set.of(Role.COORDINATOR),
                    f -> at(f, "/newcomers/" + f.unbooked().get() + "/booking"), f -> Map.of("sessionId", f.session())),
            new Operation("GET", BASE + "/newcomers/{id}/booking", Set.of(Role.COORDINATOR), f -> at(f, "/newcomers/" + f.newcomer() + "/booking"),
                    f -> null),
            new Operation("PUT", BASE + "/newcomers/{id}/booking", Set.of(Role.COORDINATOR),
                    f -> at(f, "/newcomers/" + f.booked().get() + "/booking"), f -> Map.of("sessionId", f.otherSession())),
            new Operation("DELETE", BASE + "/newcomers/{id}/booking", Set.of(Role.COORDINATOR),
                    f -> at(f, "/newcomers/" + f.booked().get() + "/booking"), f -> null),
            new Operation("POST", BASE + "/sessions/{id}/cancellation", Set.of(Role.COORDINATOR),
                    f -> at(f, "/sessions/" + f.otherSession() + "/cancellation"), f -> null),
            new Operation("POST", "/api/v1/municipalities", Set.of(Role.ADMIN), f -> "/api/v1/municipalities",
                    f -> Map.of("code", f.code(), "name", f.code().equals(OWN) ? "Voorbeeldstad" : "Anderstad")),
            new Operation("GET", BASE + "/local-agreements", Set.of(Role.COORDINATOR), f -> at(f, "/local-agreements"), f -> null),
            // The same texts twice are refused as unchanged: every call saves a text of its own.
            new Operation("PUT", BASE + "/local-agreements", Set.of(Role.COORDINATOR), f -> at(f, "/local-agreements"),
                    f -> Map.of("dutch", "De gemeente helpt je met taallessen. " + UUID.randomUUID(), "translations",
                            Map.of("ar", "تساعدك البلدية في دروس اللغة."))),
            new Operation("GET", BASE + "/local-agreements/versions", Set.of(Role.COORDINATOR), f -> at(f, "/local-agreements/versions"),
                    f -> null),
            new Operation("GET", BASE + "/newcomers/{id}/signatures", Set.of(Role.COORDINATOR),
                    f -> at(f, "/newcomers/" + f.newcomer() + "/signatures"), f -> null),
            // A trainer runs a ceremony only for a newcomer with a seat in a session they train; the demo trainer trains none here.
            new Operation("POST", BASE + "/signing-ceremonies", Set.of(Role.COORDINATOR), f -> at(f, "/signing-ceremonies"),
                    f -> Map.of("newcomerId", f.unbooked().get())),
            new Operation("GET", BASE + "/signing-ceremonies/{id}", Set.of(Role.COORDINATOR),
                    f -> at(f, "/signing-ceremonies/" + f.ceremony().get()), f -> null),
            new Operation("POST", BASE + "/signing-ceremonies/{id}/signature", Set.of(Role.COORDINATOR),
                    f -> at(f, "/signing-ceremonies/" + f.ceremony().get() + "/signature"),
                    f -> Map.of("readAndUnderstood", true, "typedName", "Fixture Persoon")),
            new Operation("POST", BASE + "/signing-ceremonies/{id}/witness", Set.of(Role.COORDINATOR),
                    f -> at(f, "/signing-ceremonies/" + f.signedCeremony().get() + "/witness"), f -> null),
            new Operation("POST", BASE + "/signing-ceremonies/{id}/refusal", Set.of(Role.COORDINATOR),
                    f -> at(f, "/signing-ceremonies/" + f.ceremony().get() + "/refusal"), f -> Map.of("reason", "Wil nog nadenken")),
            new Operation("GET", BASE + "/signatures/chain", Set.of(Role.COORDINATOR), f -> at(f, "/signatures/chain"), f -> null),
            new Operation("GET", BASE + "/signatures/{id}/certificate.pdf", Set.of(Role.COORDINATOR),
                    f -> at(f, "/signatures/" + f.signature().get() + "/certificate.pdf"), f -> null),
            new Operation("POST", BASE + "/signatures/{id}/revocation", Set.of(Role.COORDINATOR),
                    f -> at(f, "/signatures/" + f.signature().get() + "/revocation"), f -> Map.of("reason", "Getekend voor een ander")),
            new Operation("GET", BASE + "/duo-worklist", Set.of(Role.COORDINATOR), f -> at(f, "/duo-worklist"), f -> null),
            new Operation("GET", BASE + "/duo-worklist/export", Set.of(Role.COORDINATOR), f -> at(f, "/duo-worklist/export"), f -> null),
            new Operation("POST", BASE + "/duo-registrations", Set.of(Role.COORDINATOR), f -> at(f, "/duo-registrations"),
                    f -> Map.of("signatureId", f.signature().get(), "registeredOn", LocalDate.now().toString())),
            new Operation("GET", BASE + "/deadline-list", Set.of(Role.COORDINATOR), f -> at(f, "/deadline-list?weeks=8"), f -> null),
            new Operation("GET", BASE + "/deadline-list/export", Set.of(Role.COORDINATOR), f -> at(f, "/deadline-list/export?weeks=8"),
                    f -> null),
            new Operation("GET", BASE + "/figures", Set.of(Role.COORDINATOR), f -> at(f, "/figures?from=2026-01-01&to=2026-12-31&by=session"),
                    f -> null),
            new Operation("GET", BASE + "/figures/export", Set.of(Role.COORDINATOR),
                    f -> at(f, "/figures/export?from=2026-01-01&to=2026-12-31&by=language"), f -> null),
            new Operation("GET", "/api/v1/figures", Set.of(Role.ADMIN), f -> "/api/v1/figures?from=2026-01-01&to=2026-12-31", f -> null),
            new Operation("GET", "/api/v1/figures/export", Set.of(Role.ADMIN), f -> "/api/v1/figures/export?from=2026-01-01&to=2026-12-31",
                    f -> null),
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
            // Interface texts: national editors, so only the admin passes here; the admin reads Tigrinya (see fixture).
            new Operation("GET", "/api/v1/interface-texts", Set.of(Role.ADMIN), f -> "/api/v1/interface-texts?lang=ti", f -> null),
            new Operation("GET", INTERFACE_TEXT, Set.of(Role.ADMIN), f -> interfaceText(f, ""), f -> null),
            new Operation("PUT", INTERFACE_TEXT + "/draft", Set.of(Role.ADMIN), f -> interfaceText(f, "/draft"),
                    f -> Map.of("pattern", "ሓደ።")),
            new Operation("POST", INTERFACE_TEXT + "/review", Set.of(Role.ADMIN), f -> interfaceText(f, "/review"), f -> null),
            new Operation("POST", INTERFACE_TEXT + "/publication", Set.of(Role.ADMIN), f -> interfaceText(f, "/publication"),
                    f -> Map.of("pattern", "ክልተ።", "minorEdit", false)),
            new Operation("GET", INTERFACE_TEXT + "/versions", Set.of(Role.ADMIN), f -> interfaceText(f, "/versions"), f -> null),
            new Operation("POST", INTERFACE_TEXT + "/versions/{number}/rollback", Set.of(Role.ADMIN),
                    f -> interfaceText(f, "/versions/1/rollback"), f -> Map.of("minorEdit", false)),
            new Operation("GET", "/api/v1/staff/me/languages", Set.of(), f -> "/api/v1/staff/me/languages", f -> null),
            new Operation("PUT", "/api/v1/staff/me/languages", Set.of(), f -> "/api/v1/staff/me/languages",
                    f -> Map.of("languages", List.of("ti"))),
            new Operation("PUT", "/api/v1/staff/{id}/languages", Set.of(Role.ADMIN), f -> "/api/v1/staff/" + f.trainer() + "/languages",
                    f -> Map.of("languages", List.of("ar"))),
            new Operation("POST", "/api/v1/editing/preview", Set.of(Role.EDITOR), f -> "/api/v1/editing/preview",
                    f -> Map.of("body", "**Matrix**")),
            new Operation("GET", "/api/v1/trainer/sessions", Set.of(), f -> "/api/v1/trainer/sessions", f -> null),
            new Operation("GET", TRAINER_SESSION + "/roster", Set.of(Role.COORDINATOR, Role.TRAINER),
                    f -> "/api/v1/trainer/sessions/" + f.session() + "/roster", f -> null),
            new Operation("POST", "/api/v1/trainer/check-ins", Set.of(), f -> "/api/v1/trainer/check-ins",
                    f -> Map.of("checkIns", List.of(Map.of("id", UUID.randomUUID(), "sessionId", f.session(), "bookingId", UUID.randomUUID(),
                            "scannedAt", java.time.Instant.now().toString(), "method", "tick")))),
            new Operation("POST", TRAINER_SESSION + "/newcomer-search", Set.of(Role.COORDINATOR, Role.TRAINER),
                    f -> "/api/v1/trainer/sessions/" + f.session() + "/newcomer-search", f -> Map.of("name", "Matrix")),
            new Operation("POST", TRAINER_SESSION + "/walk-ins", Set.of(Role.COORDINATOR, Role.TRAINER),
                    f -> "/api/v1/trainer/sessions/" + f.session() + "/walk-ins", f -> Map.of("newcomerId", f.unbooked().get())),
            new Operation("POST", TRAINER_SESSION + "/attendance-confirmation", Set.of(Role.COORDINATOR, Role.TRAINER),
                    f -> "/api/v1/trainer/sessions/" + f.begunSession().get() + "/attendance-confirmation", f -> Map.of("present", List.of())),
            new Operation("PUT", BASE + "/sessions/{id}/attendance/{newcomerId}", Set.of(Role.COORDINATOR),
                    f -> at(f, "/sessions/" + f.session() + "/attendance/" + f.newcomer()), f -> Map.of("status", "present")));

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
    void everyRouteIsPublicOrHasItsRule() {
        Map<String, UriRouteInfo<?, ?>> routes = new TreeMap<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .forEach(route -> routes.put(key(route), route));
        Set<String> listed = new TreeSet<>(PUBLIC);
        listed.addAll(NEWCOMER);
        OPERATIONS.stream().map(Operation::key).forEach(listed::add);

        assertEquals(listed, routes.keySet(), "list every route as public, newcomer or a staff operation with the roles that may use it");
        routes.forEach((key, route) -> {
            if (key.startsWith("GET /health")) {
                return;
            }
            String[] rule = route.getAnnotationMetadata().getValue(Secured.class, String[].class).orElse(new String[0]);
            String expected = PUBLIC.contains(key) ? SecurityRule.IS_ANONYMOUS
                    : NEWCOMER.contains(key) ? SignedInNewcomer.ROLE : SignedInStaff.ROLE;
            assertEquals(List.of(expected), List.of(rule), key + " declares who may call it with @Secured");
        });
    }

    @Test
    void anAnonymousCallToAnyRouteThatIsNotPublicGets401BeforeItsInputIsRead() {
        List<String> wrong = new ArrayList<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() != HttpMethod.HEAD).filter(route -> !PUBLIC.contains(key(route)))
                .forEach(route -> {
                    String path = route.getUriMatchTemplate().toPathString().replaceAll("\\{[^}]+}", "not-valid");
                    for (String[] headers : List.of(new String[0], new String[] {"Authorization", "Bearer not-a-token"},
                            new String[] {"Authorization", "Bearer " + NewcomerSessions.PREFIX + "revoked"})) {
                        Api.Response response = api.sendJson(route.getHttpMethodName(), path, "{not json", headers);
                        String challenge = headers.length == 0 ? "Bearer realm=\"meedoen\"" : "Bearer realm=\"meedoen\", error=\"invalid_token\"";
                        if (response.status() != 401 || !"application/problem+json".equals(response.header("Content-Type"))
                                || !challenge.equals(response.header("WWW-Authenticate")) || response.header("API-Version") == null) {
                            wrong.add(key(route) + " with " + List.of(headers) + ": " + response.status() + " " + response.headers().map());
                        }
                    }
                });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aPublicRouteIsOpenAndIgnoresABadToken() {
        List<String> wrong = new ArrayList<>();
        for (String key : PUBLIC) {
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1).replace("{code}", OWN).replace("{slug}", "vrijheid")
                    .replace("{provider}", "none").replace("{selector}", "liveness");
            int anonymous = api.send(method, path, null).status();
            if (anonymous == 401 || anonymous == 403) {
                wrong.add(key + " without a token: " + anonymous);
            }
            for (String token : List.of("Bearer not-a-token", "Bearer " + NewcomerSessions.PREFIX + "revoked", "Basic abc")) {
                int withToken = api.send(method, path, null, "Authorization", token).status();
                if (withToken != anonymous) {
                    wrong.add(key + " with " + token + ": " + withToken + ", without a token " + anonymous);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void pathsWithoutARouteStayOpenToTheAppAndAnswer404InTheApi() {
        Api.Response unknown = api.get("/api/v1/no-such-thing");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.header("Content-Type"));
        assertEquals(200, api.get("/").status(), "the app's own files are public");
        assertEquals(200, api.get("/health").status());
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

    /**
     * The editing routes also carry a municipality's own pages ({@code local:GM9999}): only that
     * municipality's editors and the admin edit them; national editors and editors elsewhere are refused.
     */
    @Test
    void aMunicipalitysLocalPagesAreEditedByItsOwnEditorsOnly() {
        String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> text = Map.of("title", "Matrix", "summary", "", "body", "ክልተ።");
        List<String> wrong = new ArrayList<>();
        try {
            for (String code : List.of(OWN, OTHER)) {
                database.update("INSERT INTO local_page (municipality_code, slug, position, version) VALUES (?, ?, 900, 1)", code, slug);
                for (String lang : List.of("nl", "ti")) {
                    database.update("""
                            INSERT INTO local_page_text (municipality_code, slug, lang, title, summary, body_markdown, body_html,
                                                         word_count, source_version, review_status)
                            VALUES (?, ?, ?, 'Matrix', '', 'Een.', '<p>Een.</p>', 1, 1, ?)
                            """, code, slug, lang, lang.equals("nl") ? "source" : "unreviewed");
                }
            }
            Map<String, @Nullable Object> calls = new java.util.LinkedHashMap<>();
            calls.put("GET ", null);
            calls.put("PUT /draft", text);
            calls.put("POST /review", null);
            calls.put("POST /publication", Map.of("title", "Matrix", "summary", "", "body", "ክልተ።", "minorEdit", false));
            calls.put("GET /versions", null);
            calls.put("GET /comparison?from=1&to=1", null);
            calls.put("POST /versions/1/rollback", Map.of("minorEdit", false));
            for (String code : List.of(OWN, OTHER)) {
                String base = "/api/v1/editing/local:" + code + "/" + slug + "/ti";
                for (var call : calls.entrySet()) {
                    String method = call.getKey().substring(0, call.getKey().indexOf(' '));
                    String path = base + call.getKey().substring(call.getKey().indexOf(' ') + 1);
                    for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
                        // Each call finds the text unreviewed and published by nobody, so that review is possible.
                        database.update("""
                                UPDATE local_page_text SET review_status = 'unreviewed', published_by = NULL, reviewed_by = NULL
                                 WHERE municipality_code = ? AND slug = ? AND lang = 'ti'
                                """, code, slug);
                        boolean allowed = demo.role() == Role.ADMIN || (demo.role() == Role.EDITOR && code.equals(OWN));
                        int status = api.send(method, path, call.getValue(), "Authorization", token(demo.email())).status();
                        if ((status / 100 == 2) != allowed || (!allowed && status != 403)) {
                            wrong.add(method + " " + path + " as " + demo.role().code() + ": " + status);
                        }
                    }
                }
            }
        } finally {
            database.update("DELETE FROM local_page WHERE slug = ?", slug);
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

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }

    private static int expected(Operation operation, Fixture target, Role role) {
        if (role == Role.ADMIN || operation.allowed().isEmpty()) {
            return 200;
        }
        if (!operation.template().startsWith(BASE) && !operation.template().startsWith(TRAINER_SESSION)) {
            return operation.allowed().contains(role) ? 200 : 403;
        }
        if (!target.code().equals(OWN)) {
            return 404;
        }
        return operation.allowed().contains(role) ? 200 : 403;
    }

    private void check(List<String> wrong, Operation operation, Fixture target, DemoAccounts.@Nullable Demo caller, int expected) {
        // Every call carries an idempotency key, which booking requires and every other operation ignores.
        String key = UUID.randomUUID().toString();
        String[] headers = caller == null ? new String[] {"Idempotency-Key", key}
                : new String[] {"Authorization", token(caller.email()), "Idempotency-Key", key};
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
        UUID session = session(code);
        UUID otherSession = session(code);
        book(newcomer, session);
        teach(session);
        String page = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        database.update("INSERT INTO content_page (module, slug, position, version) VALUES ('values', ?, 901, 1)", page);
        for (String lang : List.of("nl", "ti")) {
            database.update("""
                    INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                              source_version, review_status, file_hash, edited)
                    VALUES ('values', ?, ?, 'Matrix', '', 'Een.', '<p>Een.</p>', 1, 1, ?, '', true)
                    """, page, lang, lang.equals("nl") ? "source" : "unreviewed");
        }
        String uiKey = "matrix." + UUID.randomUUID().toString().substring(0, 8);
        database.update("INSERT INTO ui_message (key, version, shipped_version) VALUES (?, 1, 1)", uiKey);
        for (String lang : List.of("nl", "ti")) {
            database.update("""
                    INSERT INTO ui_text (key, lang, pattern, source_version, review_status, file_hash, edited)
                    VALUES (?, ?, 'Een.', 1, ?, '', true)
                    """, uiKey, lang, lang.equals("nl") ? "source" : "unreviewed");
        }
        // Only a reader of a language reviews its translations: the demo admin reads Tigrinya.
        database.update("UPDATE staff SET reads_languages = '{ti}' WHERE email = 'admin@meedoen.example'");
        long place = database.one("INSERT INTO place (municipality_code, topic, name) VALUES (?, 'zorg-en-huisarts', ?) RETURNING id",
                rows -> rows.getLong(1), code, "Matrix " + UUID.randomUUID()).orElseThrow();
        return new Fixture(code, newcomer, trainer, session, otherSession, () -> newcomer(code), () -> book(newcomer(code), session),
                () -> ceremony(code, false), () -> ceremony(code, true), () -> signature(code), page, place, () -> begunSession(code), uiKey);
    }

    /** A signing ceremony opened for a new newcomer; {@code signed}: the newcomer has signed, the witness is still to confirm. */
    private UUID ceremony(String code, boolean signed) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO signing_ceremony (id, municipality_code, newcomer_id, opened_by, declaration_version, locale, document_sha256,
                                              submission_key, typed_name, signed_at)
                SELECT ?, ?, ?, s.id, 1, 'nl', repeat('a', 64), CASE WHEN ? THEN 'key' END, CASE WHEN ? THEN 'Fixture' END,
                       CASE WHEN ? THEN now() END
                  FROM staff s WHERE s.email = 'admin@meedoen.example'
                """, id, code, newcomer(code), signed, signed, signed);
        return id;
    }

    private UUID signature(String code) {
        Api.Response witnessed = api.send("POST", "/api/v1/municipalities/" + code + "/signing-ceremonies/" + ceremony(code, true) + "/witness",
                null, "Authorization", token("admin@meedoen.example"));
        assertEquals(201, witnessed.status(), witnessed.body());
        return witnessed.as(Recorded.class).id();
    }

    /** The demo trainer teaches the session, in either municipality; only in their own does that let them at it. */
    private void teach(UUID session) {
        database.update("""
                INSERT INTO workshop_session_trainer (session_id, staff_id)
                SELECT ?, id FROM staff WHERE email = 'trainer@voorbeeldstad.example'
                """, session);
    }

    private UUID begunSession(String code) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity, languages)
                VALUES (?, ?, 'Matrix', now() - interval '2 hours', now() + interval '1 hour', 'Buurthuis', 'Straat 1', 500, '{ar}')
                """, id, code);
        teach(id);
        book(newcomer(code), id);
        return id;
    }

    private UUID newcomer(String code) {
        return newcomers.save(new StoredNewcomer(UUID.randomUUID(), code, "Fixture", "ar", "permit-holder", "voluntary",
                null, null, null, null, null, null)).id();
    }

    private UUID session(String code) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity, languages)
                VALUES (?, ?, 'Matrix', now() + interval '10 days', now() + interval '10 days 3 hours', 'Buurthuis', 'Straat 1', 500, '{ar}')
                """, id, code);
        return id;
    }

    private UUID book(UUID newcomer, UUID session) {
        database.update("INSERT INTO booking (id, session_id, newcomer_id, status, confirmed_at) VALUES (?, ?, ?, 'confirmed', now())",
                UUID.randomUUID(), session, newcomer);
        return newcomer;
    }

    private static Map<String, Object> sessionPlan() {
        LocalDate day = LocalDate.now().plusDays(20);
        return Map.of("title", "Matrix", "start", day + "T09:30", "end", day + "T12:30",
                "place", Map.of("name", "Buurthuis", "address", "Straat 1"), "capacity", 500, "languages", List.of("ar"));
    }

    private static Map<String, Object> place(String name) {
        return Map.of("topic", "zorg-en-huisarts", "name", name, "weekly", List.of(Map.of("weekday", 1, "opens", "09:00", "closes", "17:00")),
                "specialDays", List.of());
    }

    @AfterEach
    void removeEditingPages() {
        database.update("DELETE FROM content_page WHERE module = 'values' AND slug IN (?, ?)", own.page(), other.page());
        database.update("DELETE FROM place WHERE name LIKE 'Matrix %'");
        database.update("DELETE FROM ui_message WHERE key IN (?, ?)", own.uiKey(), other.uiKey());
    }

    private static String editing(Fixture fixture, String path) {
        return "/api/v1/editing/values/" + fixture.page() + "/ti" + path;
    }

    private static String interfaceText(Fixture fixture, String path) {
        return "/api/v1/interface-texts/ti/" + fixture.uiKey() + path;
    }

    private static String at(Fixture fixture, String path) {
        return "/api/v1/municipalities/" + fixture.code() + path;
    }
}
