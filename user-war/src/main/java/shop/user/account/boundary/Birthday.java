package shop.user.account.boundary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import shop.user.account.entity.ProfileRules;

/**
 * A birthday as {@link ProfileRules#birthday} accepts it (ISO date, 1900 to today); null and ""
 * (keep, clear) pass. Taken as text, so a malformed date is a field error, not an unreadable body.
 */
@Documented
@Constraint(validatedBy = Birthday.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Birthday {

    String message() default "must be a date as YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the rule's own message (format, too early, in the future). */
    class Check implements ConstraintValidator<Birthday, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            try {
                ProfileRules.birthday(value, OffsetDateTime.now(context.getClockProvider().getClock()).withOffsetSameInstant(ZoneOffset.UTC));
                return true;
            } catch (IllegalArgumentException refused) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(refused.getMessage()).addConstraintViolation();
                return false;
            }
        }
    }
}
