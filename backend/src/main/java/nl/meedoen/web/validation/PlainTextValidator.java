package nl.meedoen.web.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

@Singleton
final class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    @Override
    public boolean isValid(@Nullable String value, AnnotationValue<PlainText> annotation, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = TextRules.problemWith(value, annotation.intValue("max").orElse(200));
        if (problem != null) {
            context.messageTemplate(problem);
        }
        return problem == null;
    }
}
