package vn.edu.hocbaso.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.edu.hocbaso.organisation.PersonalId;
import vn.edu.hocbaso.organisation.Sex;

/**
 * What every chunk of a generated city shares: the department, its units, the school year, the next free ids
 * and the personal-ID counters that keep every generated number unique.
 */
record CityContext(CitySize size, long departmentId, String departmentCode, String provinceCode,
		String provinceName, long[] unitIds, List<Year> years, String passwordHash, Ids ids,
		PersonalIds personalIds) {

	/** The current school year. */
	Year year() {
		return years.get(0);
	}

	/** The school year {@code back} years before the current one; grade 5 pupils go back four. */
	Year yearsAgo(int back) {
		return years.get(back);
	}

	int schoolYearStart() {
		return year().startYear();
	}

	/** A school year as stored. */
	record Year(long id, int startYear, LocalDate startsOn, LocalDate endsOn) {
	}

	private static final List<String> PROVINCES = PersonalId.provinceCodes().stream().sorted().toList();

	/** MA_HOC_SINH: the department's code followed by eight digits, ten in all. */
	String ministryCode(long pupilId) {
		return departmentCode + CityChunk.digits(pupilId, 8);
	}

	String randomProvinceCode(SplittableRandom random) {
		return PROVINCES.get(random.nextInt(PROVINCES.size()));
	}

	/** The next free id of each table, handed out in order; the sequences are moved past them at the end. */
	static final class Ids {

		private final Map<String, Long> next = new HashMap<>();

		Ids(Map<String, Long> maxIds) {
			maxIds.forEach((table, max) -> next.put(table, max + 1));
		}

		long next(String table) {
			return next.merge(table, 1L, Long::sum) - 1;
		}

		long last(String table) {
			return next.get(table) - 1;
		}

	}

	/**
	 * Personal IDs that are valid and distinct: a counter per prefix (province, century and sex, year of
	 * birth), spread over the six serial digits by multiplication with a number prime to 10^6, a bijection.
	 */
	static final class PersonalIds {

		private static final int SERIALS = 1_000_000;

		private static final long SPREAD = 738_517;

		private final Map<String, Integer> counters = new HashMap<>();

		private final int offset;

		PersonalIds(int offset) {
			this.offset = offset;
		}

		PersonalId next(String province, Sex sex, LocalDate birthDate) {

			String prefix = province + sex + birthDate.getYear();
			int counter = counters.merge(prefix, 1, Integer::sum) - 1;
			if (counter >= SERIALS) {
				throw new IllegalStateException("More than a million people share the prefix " + prefix);
			}
			long start = offset + Math.floorMod(prefix.hashCode(), SERIALS);
			int serial = (int) ((counter * SPREAD + start) % SERIALS);

			return PersonalId.of(province, sex, birthDate, serial);
		}

	}

}
