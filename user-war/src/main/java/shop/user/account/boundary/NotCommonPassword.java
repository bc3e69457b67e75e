package shop.user.account.boundary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import shop.user.account.control.CommonPasswords;

/** A new password that is not on the list of {@link CommonPasswords}; null passes (other constraints say it is missing). */
@Documented
@Constraint(validatedBy = NotCommonPassword.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotCommonPassword {

    String message() default "is one of the most common passwords; choose another";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<NotCommonPassword, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !CommonPasswords.contains(value);
        }
    }
}
