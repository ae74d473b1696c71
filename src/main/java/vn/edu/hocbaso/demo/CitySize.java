package vn.edu.hocbaso.demo;

/**
 * How big a generated city is.
 *
 * @param units wards and communes
 * @param schools primary schools, spread over the units
 * @param classesPerGrade classes of each grade 1–5 in every school
 * @param minPupils fewest pupils in a class
 * @param maxPupils most pupils in a class
 */
public record CitySize(int units, int schools, int classesPerGrade, int minPupils, int maxPupils) {

	/** Average pupils per class in Hanoi's primary schools, used to size a city from a pupil count. */
	private static final double PUPILS_PER_CLASS = 31.5;

	public CitySize {
		if (units < 1 || schools < units || classesPerGrade < 1 || minPupils < 1 || maxPupils < minPupils) {
			throw new IllegalArgumentException("Impossible city size");
		}
	}

	/** The demo city: 3 wards, 4 schools, grades 1–5 with 2 classes of 28–35 pupils. */
	public static CitySize demo() {
		return new CitySize(3, 4, 2, 28, 35);
	}

	/**
	 * A city of about the given number of pupils, shaped like Hanoi: schools of 5 classes per grade, about 8
	 * schools per ward or commune.
	 */
	public static CitySize ofPupils(int pupils) {

		int classesPerGrade = pupils >= 20_000 ? 5 : 2;
		int pupilsPerSchool = (int) Math.round(5 * classesPerGrade * PUPILS_PER_CLASS);
		int schools = Math.max(1, (int) Math.round((double) pupils / pupilsPerSchool));
		int units = Math.max(1, Math.min(schools, (schools + 7) / 8));

		return new CitySize(units, schools, classesPerGrade, 28, 35);
	}

	int classes() {
		return schools * 5 * classesPerGrade;
	}

}
