package nl.meedoen.web;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;
import nl.meedoen.Application;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The OpenAPI 3 description of the public API, built from the routes and records the service
 * actually has, so it cannot drift from the code. Conventions every operation shares (the
 * API-Version header, problem+json errors) are added here once, as the filters add them to every
 * response.
 */
@Singleton
final class OpenApiDocument {

    private static final String PREFIX = "/api/v1";

    private final Router router;
    private volatile @Nullable Map<String, Object> document;

    OpenApiDocument(Router router) {
        this.router = router;
    }

    Map<String, Object> document() {
        Map<String, Object> built = document;
        if (built == null) {
            built = build();
            document = built;
        }
        return built;
    }

    private Map<String, Object> build() {
        Map<String, Object> schemas = new TreeMap<>();
        schemas.put("Problem", problemSchema());
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        Map<String, Object> tags = new TreeMap<>();
        router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith(PREFIX + "/"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> !route.getTargetMethod().hasAnnotation(Hidden.class)
                        && !route.getTargetMethod().getDeclaringType().isAnnotationPresent(Hidden.class))
                .forEach(route -> {
                    String path = route.getUriMatchTemplate().toPathString().substring(PREFIX.length());
                    String tag = route.getTargetMethod().getDeclaringType().getAnnotation(Tag.class) instanceof Tag t ? t.name() : "API";
                    tags.put(tag, Map.of("name", tag));
                    paths.computeIfAbsent(path, p -> new LinkedHashMap<>())
                            .put(route.getHttpMethodName().toLowerCase(Locale.ROOT), operation(route, tag, schemas));
                });
        OpenAPIDefinition definition = Application.class.getAnnotation(OpenAPIDefinition.class);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", definition.info().title());
        info.put("version", definition.info().version());
        info.put("description", definition.info().description());
        info.put("contact", Map.of("name", definition.info().contact().name(), "email", definition.info().contact().email(),
                "url", definition.info().contact().url()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", info);
        document.put("servers", List.of(Map.of("url", PREFIX, "description", "This service")));
        document.put("tags", List.copyOf(tags.values()));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", schemas,
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
                        "description", "Staff: the access token from /sign-in. Newcomer phones: the token from /invitations/redeem.")),
                "headers", Map.of("API-Version", Map.of(
                "description", "The full version of the API that produced the response.",
                "schema", Map.of("type", "string", "example", ApiVersionFilter.VERSION)))));
        return document;
    }

    private Map<String, Object> operation(UriRouteInfo<?, ?> route, String tag, Map<String, Object> schemas) {
        AnnotationMetadata annotations = route.getTargetMethod().getAnnotationMetadata();
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", operationId(route));
        operation.put("tags", List.of(tag));
        annotations.stringValue(Operation.class, "summary").ifPresent(summary -> operation.put("summary", summary));
        annotations.stringValue(Operation.class, "description").filter(d -> !d.isEmpty()).ifPresent(d -> operation.put("description", d));
        List<Map<String, Object>> parameters = new ArrayList<>();
        boolean signedIn = false;
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            parameter(argument).ifPresent(parameters::add);
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
                operation.put("requestBody", Map.of("required", true,
                        "content", Map.of("application/json", Map.of("schema", schema(argument, schemas)))));
            }
            signedIn |= Caller.class.isAssignableFrom(argument.getType());
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (signedIn) {
            operation.put("security", List.of(Map.of("bearer", List.of())));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Argument<?> body = route.getTargetMethod().getReturnType().asArgument();
        if (HttpResponse.class.isAssignableFrom(body.getType())) {
            body = body.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        }
        int status = annotations.enumValue(Status.class, HttpStatus.class).map(HttpStatus::getCode).orElse(200);
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", status == 201 ? "Created" : status == 204 ? "Done" : status == 303 ? "Go to the Location" : "OK");
        success.put("headers", status == 303
                ? Map.of("API-Version", Map.of("$ref", "#/components/headers/API-Version"), "Location", Map.of("schema", Map.of("type", "string")))
                : Map.of("API-Version", Map.of("$ref", "#/components/headers/API-Version")));
        if (status != 204 && status != 303) {
            success.put("content", Map.of("application/json", Map.of("schema", schema(body, schemas))));
        }
        responses.put(String.valueOf(status), success);
        if (!parameters.isEmpty() || route.getHttpMethod() != HttpMethod.GET) {
            responses.put("400", problem("The request is not valid; the problem says which parameter and why."));
        }
        if (signedIn) {
            responses.put("401", problem("No valid token: sign in (again)."));
            responses.put("403", problem("The caller's role does not allow this."));
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.get("in")))) {
            responses.put("404", problem("Nothing exists at this address that the caller may see."));
        }
        responses.put("500", problem("The service failed; the problem carries a reference to quote."));
        operation.put("responses", responses);
        return operation;
    }

    /** {@code ValuesController.page} becomes {@code valuesPage}: unique across controllers. */
    private static String operationId(UriRouteInfo<?, ?> route) {
        String controller = route.getTargetMethod().getDeclaringType().getSimpleName().replace("Controller", "");
        String method = route.getTargetMethod().getMethodName();
        return Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    private static Optional<Map<String, Object>> parameter(Argument<?> argument) {
        AnnotationMetadata annotations = argument.getAnnotationMetadata();
        String in;
        String name = argument.getName();
        if (annotations.hasAnnotation(PathVariable.class)) {
            in = "path";
        } else if (annotations.hasAnnotation(QueryValue.class)) {
            in = "query";
            name = annotations.stringValue(QueryValue.class).filter(v -> !v.isEmpty()).orElse(name);
        } else if (annotations.hasAnnotation(Header.class)) {
            in = "header";
            name = annotations.stringValue(Header.class).filter(v -> !v.isEmpty()).orElse(name);
        } else {
            return Optional.empty();
        }
        boolean required = in.equals("path") || !argument.isNullable();
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        parameter.put("schema", Map.of("type", "string"));
        return Optional.of(parameter);
    }

    private static Map<String, Object> problem(String description) {
        return Map.of("description", description, "headers", Map.of("API-Version", Map.of("$ref", "#/components/headers/API-Version")),
                "content", Map.of(Problems.MEDIA_TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
    }

    private static Map<String, Object> problemSchema() {
        return Map.of("type", "object", "required", List.of("status", "title", "detail"), "properties", Map.of(
                "type", Map.of("type", "string"),
                "title", Map.of("type", "string"),
                "status", Map.of("type", "integer", "format", "int32"),
                "detail", Map.of("type", "string"),
                "instance", Map.of("type", "string"),
                "invalidParams", Map.of("type", "array", "items", Map.of("type", "object", "properties",
                        Map.of("name", Map.of("type", "string"), "reason", Map.of("type", "string"))))));
    }

    private static Map<String, Object> schema(Argument<?> argument, Map<String, Object> schemas) {
        Class<?> type = argument.getType();
        if (type == String.class) {
            return Map.of("type", "string");
        }
        if (type == int.class || type == Integer.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (type == long.class || type == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (type == void.class || type == Void.class) {
            return Map.of();
        }
        if (type == boolean.class || type == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (type == double.class || type == Double.class) {
            return Map.of("type", "number");
        }
        if (type == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (type == java.util.UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (type == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (type == LocalTime.class) {
            return Map.of("type", "string", "example", "09:00");
        }
        if (type.isEnum()) {
            return Map.of("type", "string");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Map.of("type", "array", "items", schema(argument.getFirstTypeVariable().orElse(Argument.STRING), schemas));
        }
        if (Map.class.isAssignableFrom(type)) {
            Argument<?> values = argument.getTypeParameters().length == 2 ? argument.getTypeParameters()[1] : Argument.STRING;
            return Map.of("type", "object", "additionalProperties", schema(values, schemas));
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
        if (introspection.isEmpty()) {
            return Map.of("type", "object");
        }
        String name = schemaName(type);
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of());
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (BeanProperty<?, ?> property : introspection.get().getBeanProperties()) {
                Map<String, Object> propertySchema = new LinkedHashMap<>(schema(property.asArgument(), schemas));
                if (property.isNullable()) {
                    propertySchema.put("nullable", true);
                } else {
                    required.add(property.getName());
                }
                properties.put(property.getName(), propertySchema);
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            if (!required.isEmpty()) {
                schema.put("required", required);
            }
            schema.put("properties", properties);
            schemas.put(name, schema);
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    /** {@code Outline.Entry} becomes {@code OutlineEntry}: schema names are UpperCamelCase. */
    private static String schemaName(Class<?> type) {
        String name = type.getSimpleName();
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? name : schemaName(enclosing) + name;
    }
}
