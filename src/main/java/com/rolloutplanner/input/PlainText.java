package com.rolloutplanner.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person could have typed: no control characters (NUL and the other C0 and C1
 * codes) and no bidirectional overrides or isolates, which can make a name read
 * differently from what it is. A multi-line text may hold line breaks and tabs; a
 * single-line one may not. The message is {@code PlainText} in the bundles.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	boolean multiline() default false;

	String message() default "{PlainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself, also for code that reads text by hand. */
	class Check implements ConstraintValidator<PlainText, String> {

		private boolean multiline;

		@Override
		public void initialize(PlainText annotation) {
			this.multiline = annotation.multiline();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return isPlain(value, this.multiline);
		}

		/** Whether the text holds only what a person types; {@code null} is plain. */
		public static boolean isPlain(String value, boolean multiline) {
			if (value == null) {
				return true;
			}
			return value.codePoints().allMatch((c) -> allowed(c, multiline));
		}

		private static boolean allowed(int c, boolean multiline) {
			if (c == '\n' || c == '\r' || c == '\t') {
				return multiline;
			}
			boolean control = Character.getType(c) == Character.CONTROL;
			boolean bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
			return !control && !bidiOverride;
		}

	}

}
