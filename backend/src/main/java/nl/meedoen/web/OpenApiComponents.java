package nl.meedoen.web;

/** References into the shared components that {@code src/main/openapi/components.yml} adds to the OpenAPI document. */
public final class OpenApiComponents {

    public static final String API_VERSION_HEADER = "#/components/headers/API-Version";
    public static final String BAD_REQUEST = "#/components/responses/BadRequest";
    public static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    public static final String FORBIDDEN = "#/components/responses/Forbidden";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String CONFLICT = "#/components/responses/Conflict";
    public static final String CONTENT_TOO_LARGE = "#/components/responses/ContentTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "#/components/responses/UnsupportedMediaType";
    public static final String TOO_MANY_REQUESTS = "#/components/responses/TooManyRequests";
    public static final String INTERNAL_SERVER_ERROR = "#/components/responses/InternalServerError";
    public static final String BEARER = "bearer";

    private OpenApiComponents() {
    }
}
