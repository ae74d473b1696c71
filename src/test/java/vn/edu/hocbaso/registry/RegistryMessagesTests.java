package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the registry module uses has a Vietnamese and an English text.
 */
class RegistryMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(registry\\.\\w+\\.\\w+)\"");

	@Test
	void everyKeyInTheCodeIsInBothLanguages() throws IOException {

		Set<String> used = usedKeys();

		assertThat(used).contains("registry.transaction.notGzip", "registry.checkpoint.key");
		assertThat(bundle("/messages.properties").stringPropertyNames()).containsAll(used);
		assertThat(bundle("/messages_en.properties").stringPropertyNames()).containsAll(used);
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>(Arrays.stream(TransactionError.values())
			.map(TransactionError::messageKey)
			.collect(Collectors.toSet()));
		try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/edu/hocbaso/registry"))) {
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
		try (var in = RegistryMessagesTests.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
