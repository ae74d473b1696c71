package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the signing module uses has a Vietnamese and an English text.
 */
class SigningMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(signing\\.(?:refused|verify|batch)\\.\\w+)\"");

	@Test
	void everyKeyInTheCodeIsInBothLanguages() throws IOException {

		Set<String> used = usedKeys();

		assertThat(used).hasSizeGreaterThan(20);
		assertThat(bundle("/messages.properties").stringPropertyNames()).containsAll(used);
		assertThat(bundle("/messages_en.properties").stringPropertyNames()).containsAll(used);
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/edu/hocbaso/signing"))) {
			for (Path file : files.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		properties.load(new InputStreamReader(SigningMessagesTests.class.getResourceAsStream(name),
				StandardCharsets.UTF_8));
		return properties;
	}

}
