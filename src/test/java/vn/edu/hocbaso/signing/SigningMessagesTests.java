package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.testing.MessageKeys;

/**
 * Every message key the signing module uses has a Vietnamese and an English text.
 */
class SigningMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(signing\\.(?:refused|verify|batch)\\.\\w+)\"");

	@Test
	void everyKeyInTheCodeIsInBothLanguages() throws IOException {

		Set<String> used = usedKeys();

		assertThat(used).hasSizeGreaterThan(20);
		assertThat(MessageKeys.ofBundle("/messages.properties")).containsAll(used);
		assertThat(MessageKeys.ofBundle("/messages_en.properties")).containsAll(used);
	}

	private static Set<String> usedKeys() throws IOException {
		return MessageKeys.inSources("signing", KEY);
	}

}
