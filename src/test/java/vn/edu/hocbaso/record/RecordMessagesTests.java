package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every message key the record module can hand to a page has a Vietnamese and an English text.
 */
class RecordMessagesTests {

	@Test
	void everyFindingAndRefusalHasATextInBothLanguages() throws Exception {

		List<String> keys = new ArrayList<>();
		keys.addAll(keysOf(RecordChecks.class));
		keys.addAll(keysOf(RecordInput.class));
		keys.add(new RecordNotEditable(1L, RecordState.LOCKED).messageKey());
		keys.add(new RecordNotEditable(1L, RecordState.ACCEPTED).messageKey());

		assertThat(keys).hasSizeGreaterThan(20);
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
		assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(keys);
	}

	private static List<String> keysOf(Class<?> type) throws IllegalAccessException {

		List<String> keys = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				field.setAccessible(true);
				String value = (String) field.get(null);
				if (value.startsWith("record.")) {
					keys.add(value);
				}
			}
		}

		return keys;
	}

	private static Properties load(String name) throws IOException {

		Properties properties = new Properties();
		try (InputStream in = RecordMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}

		return properties;
	}

}
