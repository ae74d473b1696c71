package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** How delegates read the forms' answers and the ids they pass on. */
class ProcessValuesTests {

	@Test
	void readsYesAndNoFromRadiosAndCheckboxes() {

		VariableScope scope = scope(Map.of("radioYes", "yes", "radioNo", "no", "checked", true, "unchecked", false));

		assertThat(ProcessValues.yes(scope, "radioYes")).isTrue();
		assertThat(ProcessValues.yes(scope, "radioNo")).isFalse();
		assertThat(ProcessValues.yes(scope, "checked")).isTrue();
		assertThat(ProcessValues.yes(scope, "unchecked")).isFalse();
	}

	@Test
	void refusesAnAnswerThatIsNeitherYesNorNo() {

		VariableScope scope = scope(Map.of("odd", "maybe"));

		assertThatIllegalStateException().isThrownBy(() -> ProcessValues.yes(scope, "odd"))
			.withMessageContaining("odd");
		assertThatIllegalStateException().isThrownBy(() -> ProcessValues.yes(scope, "missing"));
	}

	@Test
	void readsIdsOfAnyNumberTypeAndNamesAMissingOne() {

		VariableScope scope = scope(Map.of("classId", 12L, "schoolId", 7, "actorStaffId", 3L));

		assertThat(ProcessValues.id(scope, "classId")).isEqualTo(12L);
		assertThat(ProcessValues.id(scope, "schoolId")).isEqualTo(7L);
		assertThat(ProcessValues.actor(scope)).isEqualTo(3L);
		assertThatIllegalStateException().isThrownBy(() -> ProcessValues.id(scope, "recordId"))
			.withMessageContaining("recordId");
	}

	@Test
	void passesRecordIdsAsText() {

		assertThat(ProcessValues.joinIds(List.of(3L, 14L, 159L))).isEqualTo("3,14,159");
		assertThat(ProcessValues.splitIds("3,14,159")).containsExactly(3L, 14L, 159L);
		assertThat(ProcessValues.splitIds(ProcessValues.joinIds(List.of()))).isEmpty();
		assertThat(ProcessValues.splitIds(null)).isEmpty();
	}

	/** A variable scope without an engine: only its variables are read. */
	private static VariableScope scope(Map<String, Object> values) {
		return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
				new Class<?>[] { VariableScope.class }, (proxy, method, arguments) -> {
					if (!method.getName().equals("getVariable")) {
						throw new UnsupportedOperationException(method.getName());
					}
					return values.get(arguments[0]);
				});
	}

}
