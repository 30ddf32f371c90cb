package nl.meedoen.web.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

@Singleton
final class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    private static final int MAX = 254;
    private static final String LOCAL_PUNCTUATION = "!#$%&'*+-/=?^_`{|}~.";

    @Override
    public boolean isValid(@Nullable String value, AnnotationValue<EmailAddress> annotation, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = TextRules.problemWith(value, MAX);
        if (problem == null && !isAddress(value)) {
            problem = "must be an e-mail address such as name@example.org";
        }
        if (problem != null) {
            context.messageTemplate(problem);
        }
        return problem == null;
    }

    private static boolean isAddress(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@')) {
            return false;
        }
        return isLocalPart(value.substring(0, at)) && isDomain(value.substring(at + 1));
    }

    private static boolean isLocalPart(String local) {
        return local.length() <= 64 && !local.startsWith(".") && !local.endsWith(".") && !local.contains("..")
                && local.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || TextRules.isMark(c) || LOCAL_PUNCTUATION.indexOf(c) >= 0);
    }

    /** Two or more labels: a bare host name is not an address anyone outside the building can write to. */
    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
                    || !label.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || TextRules.isMark(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
