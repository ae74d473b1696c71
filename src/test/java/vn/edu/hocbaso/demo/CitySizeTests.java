package vn.edu.hocbaso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitySizeTests {

	@Test
	void hanoiSizedCityHasAboutAThousandSchools() {

		CitySize hanoi = CitySize.ofPupils(770_000);
		int expectedPupils = hanoi.classes() * (hanoi.minPupils() + hanoi.maxPupils()) / 2;

		assertThat(hanoi.schools()).isBetween(900, 1_100);
		assertThat(expectedPupils).isBetween(740_000, 800_000);
		assertThat(hanoi.units()).isBetween(100, 140);
	}

	@Test
	void demoCityIsFourSchoolsInThreeWards() {

		CitySize demo = CitySize.demo();

		assertThat(demo.schools()).isEqualTo(4);
		assertThat(demo.units()).isEqualTo(3);
		assertThat(demo.classes()).isEqualTo(40);
	}

}
