package com.rolloutplanner.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.phase.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word of the UI comes from the message bundles: no literal text in a template, and
 * every key in both languages.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value",
			"label");

	private static final Set<String> CONTENT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:errors");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> finnish = load("messages_fi.properties").stringPropertyNames();

		assertThat(new TreeSet<>(finnish)).as("keys in Finnish").containsExactlyElementsOf(new TreeSet<>(english));
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String name : List.of("messages.properties", "messages_fi.properties")) {
			Map<String, Integer> seen = new java.util.HashMap<>();
			Properties counting = new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					seen.merge((String) key, 1, Integer::sum);
					return super.put(key, value);
				}
			};
			try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name);
					Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				counting.load(reader);
			}
			assertThat(seen.entrySet().stream().filter((e) -> e.getValue() > 1).map(Map.Entry::getKey))
				.as("keys defined more than once in " + name)
				.isEmpty();
		}
	}

	@Test
	void everyEnumShownInThePagesHasItsLabels() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> expected = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			for (String suffix : List.of("", ".inPhase", ".expectation", ".short")) {
				expected.add("phase." + phase + suffix);
			}
		}
		Stream.of(ContractModel.values()).forEach((m) -> expected.add("contractModel." + m));
		Stream.of(ServiceChannel.values()).forEach((c) -> expected.add("channel." + c));
		Stream.of(GoalType.values()).forEach((g) -> expected.add("goalType." + g));

		assertThat(keys).containsAll(expected);
	}

	@Test
	void everyMessageWithArgumentsIsAValidPattern() throws IOException {
		List<String> broken = new ArrayList<>();
		for (String bundle : List.of("messages.properties", "messages_fi.properties")) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				String value = properties.getProperty(key);
				if (value.contains("{")) {
					try {
						new java.text.MessageFormat(value).format(new Object[] { 1, 2, 3, 4, 5 });
					}
					catch (IllegalArgumentException ex) {
						broken.add(bundle + " " + key + ": " + ex.getMessage());
					}
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void noBundleHasAnEmptyMessage() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_fi.properties")) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyLiteralKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = literalKey.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				collectLiterals(TEMPLATES.relativize(template).toString(), element, literals);
			}
		}
		assertThat(literals).isEmpty();
	}

	private static void collectLiterals(String template, Element element, List<String> literals) {
		boolean replaced = CONTENT_ATTRIBUTES.stream().anyMatch(element::hasAttr);
		if (!replaced && !element.tagName().equals("style") && !element.tagName().equals("script")) {
			for (TextNode text : element.textNodes()) {
				String words = text.text().strip();
				if (!words.isEmpty() && words.codePoints().anyMatch(Character::isLetterOrDigit)) {
					literals.add(template + ": <" + element.tagName() + "> " + words);
				}
			}
		}
		for (String attribute : TEXT_ATTRIBUTES) {
			if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()
					&& !isValueOfHiddenOrInput(element, attribute)) {
				literals.add(template + ": <" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute)
						+ "\">");
			}
		}
	}

	private static boolean isValueOfHiddenOrInput(Element element, String attribute) {
		return attribute.equals("value") && !"submit".equals(element.attr("type"))
				&& !"button".equals(element.attr("type"));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
