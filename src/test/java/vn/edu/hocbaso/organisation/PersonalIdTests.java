package vn.edu.hocbaso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdTests {

	@Test
	void readsProvinceCenturySexAndBirthYear() {

		PersonalId id = new PersonalId("001316012345");

		assertThat(id.provinceCode()).isEqualTo("001");
		assertThat(id.sex()).isEqualTo(Sex.F);
		assertThat(id.birthYear()).isEqualTo(2016);
	}

	@Test
	void encodesABirthInThe1900sWithCenturyDigitZeroOrOne() {

		PersonalId man = PersonalId.of("079", Sex.M, LocalDate.of(1985, 3, 2), 42);
		PersonalId woman = PersonalId.of("079", Sex.F, LocalDate.of(1985, 3, 2), 42);

		assertThat(man.value()).isEqualTo("079085000042");
		assertThat(woman.value()).isEqualTo("079185000042");
	}

	@ParameterizedTest
	@CsvSource({ "'00131601234', FORMAT", "'0013160123456', FORMAT", "'00131601234a', FORMAT", "'', FORMAT",
			"'003316012345', PROVINCE", "'000316012345', PROVINCE", "'001916012345', CENTURY",
			"'001416012345', CENTURY" })
	void refusesMalformedNumbersNamingTheProblem(String value, PersonalId.Problem problem) {
		assertThatExceptionOfType(PersonalId.InvalidPersonalId.class).isThrownBy(() -> new PersonalId(value))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(problem))
			.satisfies(ex -> assertThat(ex.messageKey())
				.isEqualTo("personalId.invalid." + problem.name().toLowerCase(Locale.ROOT)));
	}

	@Test
	void refusesANumberThatContradictsSexOrBirthYear() {

		PersonalId girlOf2016 = new PersonalId("001316012345");

		assertThatExceptionOfType(PersonalId.InvalidPersonalId.class)
			.isThrownBy(() -> girlOf2016.checkMatches(Sex.M, LocalDate.of(2016, 1, 1)))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(PersonalId.Problem.SEX));
		assertThatExceptionOfType(PersonalId.InvalidPersonalId.class)
			.isThrownBy(() -> girlOf2016.checkMatches(Sex.F, LocalDate.of(2017, 1, 1)))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(PersonalId.Problem.BIRTH_YEAR));
	}

}
