package com.rolloutplanner.history;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;

import com.rolloutplanner.change.EngagementChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history's one registry of wordings covers every kind of change to an engagement
 * that any module publishes, and every message key it may use is in both languages.
 */
class ChangeWordingTests {

	private final ChangeWording wording = ChangeWording.standard();

	@Test
	void everyKindOfChangeToAnEngagementHasAWording() throws ClassNotFoundException {
		Set<String> changes = new TreeSet<>();
		for (Class<?> type : engagementChanges()) {
			changes.add(type.getName());
		}
		Set<String> worded = new TreeSet<>();
		this.wording.types().forEach((type) -> worded.add(type.getName()));

		assertThat(changes).as("the scan finds the events of every module").hasSizeGreaterThan(30);
		assertThat(worded).isEqualTo(changes);
	}

	@Test
	void everyKeyOfTheWordingsIsInBothLanguages() throws IOException, ClassNotFoundException {
		Properties english = bundle("messages.properties");
		Properties finnish = bundle("messages_fi.properties");
		Set<String> missing = new TreeSet<>();
		int keys = 0;
		for (Class<?> type : engagementChanges()) {
			for (String key : this.wording.keys(type)) {
				keys++;
				if (!english.containsKey(key)) {
					missing.add(key + " (English)");
				}
				if (!finnish.containsKey(key)) {
					missing.add(key + " (Finnish)");
				}
			}
		}
		assertThat(keys).isGreaterThan(40);
		assertThat(missing).isEmpty();
	}

	private static Set<Class<?>> engagementChanges() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(EngagementChange.class));
		Set<Class<?>> types = new java.util.HashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.rolloutplanner")) {
			types.add(Class.forName(candidate.getBeanClassName()));
		}
		return types;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
