package nl.meedoen.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date that can be meant: no more than {@link #yearsBefore} years before today and no more than
 * {@link #yearsAfter} after it. A typo such as 0001-01-01 or 20266-01-15 is then a 400 that names
 * the field, not a deadline that breaks reports. Null is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface DateWithin {

    int yearsBefore();

    int yearsAfter();

    String message() default "must be a date from {yearsBefore} years ago to {yearsAfter} years from now";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
