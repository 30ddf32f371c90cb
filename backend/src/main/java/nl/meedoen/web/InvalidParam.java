package nl.meedoen.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One invalid field of a request and why, as the {@code invalidParams} of a 400 problem document list it. */
@Serdeable
record InvalidParam(String name, String reason) {

    static HttpResponse<?> problem(HttpRequest<?> request, List<InvalidParam> invalid) {
        String detail = invalid.stream().map(param -> param.name() + ": " + param.reason()).collect(Collectors.joining("; "));
        return Problems.asProblem(HttpResponse.status(HttpStatus.BAD_REQUEST)
                .body(Problems.body(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReason(), detail, request,
                        Map.of("invalidParams", invalid))));
    }
}
