package com.rolloutplanner.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads exactly what it documents and coerces nothing: a date is a string
 * {@code YYYY-MM-DD}, never a day count ({@code 20260105}) or an array
 * ({@code [2026,1,5]}); a fractional number is not a whole one (see
 * {@code spring.jackson.deserialization} in the application properties).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer strictDates() {
		SimpleModule module = new SimpleModule("strict-dates");
		module.addDeserializer(LocalDate.class, new IsoDate());
		return (builder) -> builder.addModule(module);
	}

	@Bean
	JsonMapperBuilderCustomizer noCoercion() {
		return (builder) -> {
			// Only the documented keys, each once; an enum by its name, never its number.
			builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
			builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
			builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
			// A true or false is a boolean, never a number or a string.
			builder.withCoercionConfig(LogicalType.Boolean,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
			builder.withCoercionConfig(LogicalType.Enum,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
			builder.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
			for (LogicalType number : new LogicalType[] { LogicalType.Integer, LogicalType.Float }) {
				builder.withCoercionConfig(number,
						(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
							.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
							.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
			}
		};
	}

	/** A calendar date written as {@code YYYY-MM-DD} and nothing else. */
	static final class IsoDate extends ValueDeserializer<LocalDate> {

		private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString();
			if (!ISO.matcher(text).matches()) {
				return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD");
			}
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a calendar date");
			}
		}

	}

}
