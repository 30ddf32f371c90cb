package nl.meedoen.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address as people have them: a local part, one {@code @}, and a domain of dot-separated
 * labels, in any script, without spaces, quotes or invisible characters; at most 254 characters (the
 * limit of SMTP). Null is valid; combine with {@code @NotBlank} where the address is required.
 */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface EmailAddress {

    String message() default "must be an e-mail address such as name@example.org";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
