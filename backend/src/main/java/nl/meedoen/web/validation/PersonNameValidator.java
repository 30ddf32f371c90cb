package nl.meedoen.web.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

@Singleton
final class PersonNameValidator implements ConstraintValidator<PersonName, String> {

    /** The apostrophes people type (', ’, ʼ) and the hyphens (-, ‐). */
    private static final String PUNCTUATION = "'\u2019\u02BC-\u2010.";

    @Override
    public boolean isValid(@Nullable String value, AnnotationValue<PersonName> annotation, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = TextRules.problemWith(value, annotation.intValue("max").orElse(200));
        if (problem == null && !isName(value)) {
            problem = "must be a name: letters, spaces, apostrophes, hyphens and dots";
        }
        if (problem != null) {
            context.messageTemplate(problem);
        }
        return problem == null;
    }

    /** TextRules has already allowed the joiners U+200C and U+200D where they stand between letters. */
    private static boolean isName(String value) {
        return value.codePoints().allMatch(c -> Character.isLetter(c) || TextRules.isMark(c) || c == ' '
                || c == 0x200C || c == 0x200D || PUNCTUATION.indexOf(c) >= 0);
    }
}
