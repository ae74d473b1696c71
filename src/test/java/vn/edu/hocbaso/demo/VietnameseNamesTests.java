package vn.edu.hocbaso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.organisation.PersonName;
import vn.edu.hocbaso.organisation.Sex;

class VietnameseNamesTests {

	private final SplittableRandom random = new SplittableRandom(7);

	@Test
	void namesAreNfcWithSurnameMiddleAndGivenName() {
		IntStream.range(0, 2_000).forEach(i -> {
			String name = VietnameseNames.fullName(random, i % 2 == 0 ? Sex.M : Sex.F);

			assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
			assertThat(name.split(" ")).as(name).hasSize(3);
			assertThat(new PersonName(name).value()).isEqualTo(name);
		});
	}

	@Test
	void surnamesFollowTheirRealWorldShares() {

		long nguyen = IntStream.range(0, 20_000).mapToObj(i -> VietnameseNames.surname(random))
			.filter("Nguyễn"::equals)
			.count();

		// Nguyễn is about 38% of Vietnamese; the table gives it 380 of about 1,000 weight.
		assertThat(nguyen / 20_000.0).isBetween(0.33, 0.43);
	}

	@Test
	void girlsAndBoysGetDifferentMiddleNames() {

		long thiForGirls = IntStream.range(0, 5_000).mapToObj(i -> VietnameseNames.fullName(random, Sex.F))
			.filter(name -> name.contains(" Thị "))
			.count();
		long thiForBoys = IntStream.range(0, 5_000).mapToObj(i -> VietnameseNames.fullName(random, Sex.M))
			.filter(name -> name.contains(" Thị "))
			.count();

		assertThat(thiForGirls).isGreaterThan(500);
		assertThat(thiForBoys).isZero();
	}

}
