package vn.edu.hocbaso.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.organisation.PersonalId;

/**
 * Every user-visible text is a message key with a Vietnamese and an English text; templates hold no literal
 * words.
 */
class I18nPropertiesSyncTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text nodes and the attributes people read; tags, comments and expressions are cut out first. */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");

	private static final Pattern READABLE_ATTRIBUTE = Pattern.compile(
			"\\s(?:title|alt|placeholder|aria-label|value)=\"([^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([\\w.]+)'?[}(+ ]");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {

		Properties vietnamese = load("messages.properties");
		Properties english = load("messages_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
		assertThat(vietnamese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
		assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
	}

	@Test
	void vietnameseBundleIsReadAsUtf8() throws IOException {
		assertThat(load("messages.properties").getProperty("app.name")).isEqualTo("Học bạ số");
	}

	@Test
	void everyPersonalIdProblemHasAMessageNamingTheField() throws IOException {

		Properties vietnamese = load("messages.properties");
		Properties english = load("messages_en.properties");

		for (PersonalId.Problem problem : PersonalId.Problem.values()) {
			String key = "personalId.invalid." + problem.name().toLowerCase(java.util.Locale.ROOT);
			assertThat(vietnamese.getProperty(key)).as(key).contains("Số định danh cá nhân");
			assertThat(english.getProperty(key)).as(key).contains("personal ID number");
		}
		assertThat(vietnamese.getProperty("personalId.invalid.format"))
			.isEqualTo("Số định danh cá nhân phải gồm đúng 12 chữ số.");
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {

		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = stripNonText(Files.readString(template));
			collect(template, TEXT_NODE.matcher(html), literals);
			collect(template, READABLE_ATTRIBUTE.matcher(html), literals);
		}

		assertThat(literals).isEmpty();
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {

		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				// Keys built from a value ('role.' + ${...}) are checked by their prefix.
				if (!keys.contains(key) && keys.stream().noneMatch(k -> key.endsWith(".") && k.startsWith(key))) {
					missing.add(template.getFileName() + ": " + key);
				}
			}
		}

		assertThat(missing).isEmpty();
	}

	@Test
	void templatesNeverWriteUnescapedText() throws IOException {
		for (Path template : templates()) {
			assertThat(Files.readString(template)).as(template.toString()).doesNotContain("th:utext", "[(");
		}
	}

	private static void collect(Path template, Matcher matcher, List<String> literals) {
		while (matcher.find()) {
			String text = matcher.group(1).replaceAll("[\\s\\p{Punct}\\p{N}·–—]", "");
			if (!text.isEmpty()) {
				literals.add(template.getFileName() + ": " + matcher.group(1).strip());
			}
		}
	}

	/** Removes comments, the document type and inlined expressions, which are not shown as written. */
	private static String stripNonText(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("<!DOCTYPE[^>]*>", "")
			.replaceAll("\\[\\[.*?]]", "");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {

		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}

		return properties;
	}

}
