package nl.meedoen.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's name in any script (Arabic, Ethiopic, Cyrillic, Latin…): letters and their marks,
 * ordinary spaces, apostrophes, hyphens and dots, at most {@link #max} characters. Null is valid;
 * combine with {@code @NotBlank} where the name is required.
 */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface PersonName {

    int max() default 200;

    String message() default "must be a name: letters, spaces, apostrophes, hyphens and dots";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
