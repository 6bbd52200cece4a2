package com.rolloutplanner.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.rolloutplanner.phase.DateWindow;

/**
 * A date inside the product's {@link DateWindow} (a missing date is for {@code @NotNull}
 * to judge). The message is {@code DateInWindow} in the bundles.
 */
@Documented
@Constraint(validatedBy = DateInWindow.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateInWindow {

	String message() default "{DateInWindow}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself. */
	class Check implements ConstraintValidator<DateInWindow, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || DateWindow.contains(value);
		}

	}

}
