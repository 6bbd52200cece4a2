package com.rolloutplanner.input;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Binds the decimal fields of a form by {@link Decimals}' rules in the reader's language.
 * A number that could be read two ways is refused at its field with the likelier reading
 * ({@code Decimals.ambiguous}: "Did you mean 120,000?"); one that is not a number as
 * written gets the form's usual type-mismatch message.
 */
public final class DecimalEditor extends PropertyEditorSupport {

	private final Locale locale;

	private final int maxDecimals;

	public DecimalEditor(Locale locale, int maxDecimals) {
		this.locale = locale;
		this.maxDecimals = maxDecimals;
	}

	/**
	 * Binds the form's decimals with this editor, and reports a number read two ways at
	 * its field.
	 */
	public static void register(WebDataBinder binder, Locale locale, int maxDecimals) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalEditor(locale, maxDecimals));
		binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {

			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
				Throwable cause = ex;
				while (cause != null && !(cause instanceof AmbiguousNumberException)) {
					cause = cause.getCause();
				}
				if (cause instanceof AmbiguousNumberException ambiguous) {
					String field = ex.getPropertyName();
					bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
							new String[] { "Decimals.ambiguous" }, new Object[] { ambiguous.meant() },
							"Did you mean " + ambiguous.meant() + "?"));
					return;
				}
				super.processPropertyAccessException(ex, bindingResult);
			}

		});
	}

	@Override
	public void setAsText(String text) {
		Decimals.Reading reading = Decimals.read(text, this.locale, this.maxDecimals);
		if (reading instanceof Decimals.Read read) {
			setValue(read.value());
		}
		else if (reading instanceof Decimals.Empty) {
			setValue(null);
		}
		else if (reading instanceof Decimals.Ambiguous ambiguous) {
			throw new AmbiguousNumberException(Decimals.format(ambiguous.meant(), this.locale));
		}
		else {
			throw new IllegalArgumentException("Not a number: " + text);
		}
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * A number that could be read two ways; {@code meant} is the likelier, as written.
	 */
	public static final class AmbiguousNumberException extends IllegalArgumentException {

		private final String meant;

		public AmbiguousNumberException(String meant) {
			super("Could be read two ways; perhaps " + meant);
			this.meant = meant;
		}

		public String meant() {
			return this.meant;
		}

	}

}
