package com.rolloutplanner.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A number the database stores exactly (NUMERIC(19,4)): at most 15 digits before the
 * point and 4 after. Checked on the digits alone, before any arithmetic, so that a number
 * such as {@code 1e999999999} is refused without ever being written out. The message is
 * {@code Measurement} in the bundles.
 */
@Documented
@Constraint(validatedBy = Measurement.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Measurement {

	int INTEGER_DIGITS = 15;

	int DECIMALS = 4;

	String message() default "{Measurement}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself, also for code that reads numbers by hand. */
	class Check implements ConstraintValidator<Measurement, BigDecimal> {

		/**
		 * Whether the value fits; {@code null} fits (that is for {@code @NotNull} to
		 * judge).
		 */
		public static boolean fits(BigDecimal value) {
			if (value == null || value.signum() == 0) {
				return true;
			}
			BigDecimal stripped = value.stripTrailingZeros();
			long integerDigits = (long) stripped.precision() - stripped.scale();
			return integerDigits <= INTEGER_DIGITS && stripped.scale() <= DECIMALS;
		}

		@Override
		public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
			return fits(value);
		}

	}

}
