package nl.meedoen.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Failed bean validation as a 400 that names each field as the caller wrote it ({@code email}, not
 * {@code add.person.email}) with the reason, so that a form can show the message next to the field.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<InvalidParam> invalid = exception.getConstraintViolations().stream()
                .map(violation -> new InvalidParam(name(violation), violation.getMessage()))
                .sorted(Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::reason))
                .toList();
        return InvalidParam.problem(request, invalid);
    }

    /** The path below the method; a body's own name is left out, its fields are what the caller sent. */
    private static String name(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean belowParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.add(node.getName());
                belowParameter = true;
                continue;
            }
            if (belowParameter && names.size() == 1) {
                names.clear();
            }
            names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
