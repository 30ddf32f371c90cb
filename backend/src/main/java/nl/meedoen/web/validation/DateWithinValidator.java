package nl.meedoen.web.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

@Singleton
final class DateWithinValidator implements ConstraintValidator<DateWithin, LocalDate> {

    @Override
    public boolean isValid(@Nullable LocalDate value, AnnotationValue<DateWithin> annotation, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusYears(annotation.intValue("yearsBefore").orElse(0));
        LocalDate to = today.plusYears(annotation.intValue("yearsAfter").orElse(0));
        return !value.isBefore(from) && !value.isAfter(to);
    }
}
