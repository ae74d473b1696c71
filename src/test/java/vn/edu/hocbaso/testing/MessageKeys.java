package vn.edu.hocbaso.testing;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * For the modules' message tests: the message keys a module's code names, read from its sources, and the keys
 * of a message bundle, so that a test can check every key has a text in both languages.
 */
public final class MessageKeys {

	private MessageKeys() {
	}

	/** The first group of every match of {@code key} in the main sources of the module's base package. */
	public static Set<String> inSources(String module, Pattern key) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/edu/hocbaso", module))) {
			for (Path file : files.toList()) {
				Matcher matcher = key.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	/** The keys of a bundle on the class path, e.g. {@code /messages_en.properties}. */
	public static Set<String> ofBundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageKeys.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}

}
