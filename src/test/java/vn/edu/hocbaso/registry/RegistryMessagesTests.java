package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.testing.MessageKeys;

/**
 * Every message key the registry module uses has a Vietnamese and an English text.
 */
class RegistryMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(registry\\.\\w+\\.\\w+)\"");

	@Test
	void everyKeyInTheCodeIsInBothLanguages() throws IOException {

		Set<String> used = usedKeys();

		assertThat(used).contains("registry.transaction.notGzip", "registry.checkpoint.key");
		assertThat(MessageKeys.ofBundle("/messages.properties")).containsAll(used);
		assertThat(MessageKeys.ofBundle("/messages_en.properties")).containsAll(used);
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>(MessageKeys.inSources("registry", KEY));
		Arrays.stream(TransactionError.values()).map(TransactionError::messageKey).forEach(keys::add);
		Arrays.stream(RecordRejection.values()).map(RecordRejection::messageKey).forEach(keys::add);
		return keys;
	}

}
