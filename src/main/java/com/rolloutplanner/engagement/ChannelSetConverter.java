package com.rolloutplanner.engagement;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the few service channels of an engagement as one comma-separated column. */
@Converter
class ChannelSetConverter implements AttributeConverter<Set<ServiceChannel>, String> {

	@Override
	public String convertToDatabaseColumn(Set<ServiceChannel> channels) {
		return EnumSet.copyOf(withNone(channels)).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<ServiceChannel> convertToEntityAttribute(String column) {
		EnumSet<ServiceChannel> channels = EnumSet.noneOf(ServiceChannel.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::strip).map(ServiceChannel::valueOf).forEach(channels::add);
		}
		return channels;
	}

	private static Set<ServiceChannel> withNone(Set<ServiceChannel> channels) {
		return (channels == null || channels.isEmpty()) ? EnumSet.noneOf(ServiceChannel.class) : channels;
	}

}
