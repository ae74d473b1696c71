package vn.edu.hocbaso.organisation;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the citizen ID card), per
 * Circular 59/2021/TT-BCA: three digits for the province of birth registration, one digit for century and
 * sex, two digits for the year of birth, and six random digits.
 *
 * @param value the twelve digits
 */
public record PersonalId(String value) {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	public PersonalId {
		if (value == null || !TWELVE_DIGITS.matcher(value.strip()).matches()) {
			throw new InvalidPersonalId(Problem.FORMAT);
		}
		value = value.strip();
		if (!Provinces.CODES.containsKey(value.substring(0, 3))) {
			throw new InvalidPersonalId(Problem.PROVINCE);
		}
		if (value.charAt(3) > '3') {
			// 0/1 for births in the 1900s, 2/3 in the 2000s; later digits belong to centuries to come.
			throw new InvalidPersonalId(Problem.CENTURY);
		}
	}

	/** Builds the number of a person born in a province on a date; {@code serial} is 0–999999. */
	public static PersonalId of(String provinceCode, Sex sex, LocalDate birthDate, int serial) {

		int century = (birthDate.getYear() / 100) - 19;
		int centuryDigit = century * 2 + (sex == Sex.F ? 1 : 0);
		String digits = "%s%d%02d%06d".formatted(provinceCode, centuryDigit, birthDate.getYear() % 100, serial);

		return new PersonalId(digits);
	}

	public String provinceCode() {
		return value.substring(0, 3);
	}

	public Sex sex() {
		return (value.charAt(3) - '0') % 2 == 0 ? Sex.M : Sex.F;
	}

	public int birthYear() {
		int century = (value.charAt(3) - '0') / 2;
		return 1900 + century * 100 + Integer.parseInt(value.substring(4, 6));
	}

	/** Checks the number against the person's sex and birth date, which it encodes. */
	public void checkMatches(Sex sex, LocalDate birthDate) {
		if (sex != null && sex != sex()) {
			throw new InvalidPersonalId(Problem.SEX);
		}
		if (birthDate != null && birthDate.getYear() != birthYear()) {
			throw new InvalidPersonalId(Problem.BIRTH_YEAR);
		}
	}

	/** The province whose code opens personal IDs registered there, such as "Hà Nội" for 001. */
	public static java.util.Optional<String> provinceName(String code) {
		return java.util.Optional.ofNullable(Provinces.CODES.get(code));
	}

	/** All province codes, in no particular order. */
	public static java.util.Set<String> provinceCodes() {
		return Provinces.CODES.keySet();
	}

	@Override
	public String toString() {
		return value;
	}

	/** What is wrong with a personal ID; each has a message key {@code personalId.invalid.<name>}. */
	public enum Problem {

		FORMAT, PROVINCE, CENTURY, SEX, BIRTH_YEAR

	}

	/** A personal ID that cannot belong to anyone. */
	public static class InvalidPersonalId extends IllegalArgumentException {

		private final Problem problem;

		InvalidPersonalId(Problem problem) {
			super("Invalid personal ID: " + problem);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

		public String messageKey() {
			return "personalId.invalid." + problem.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Province codes of the personal ID (the 63 provinces as numbered before the 2025 mergers). */
	static final class Provinces {

		static final Map<String, String> CODES = Map.ofEntries(Map.entry("001", "Hà Nội"),
				Map.entry("002", "Hà Giang"), Map.entry("004", "Cao Bằng"), Map.entry("006", "Bắc Kạn"),
				Map.entry("008", "Tuyên Quang"), Map.entry("010", "Lào Cai"), Map.entry("011", "Điện Biên"),
				Map.entry("012", "Lai Châu"), Map.entry("014", "Sơn La"), Map.entry("015", "Yên Bái"),
				Map.entry("017", "Hòa Bình"), Map.entry("019", "Thái Nguyên"), Map.entry("020", "Lạng Sơn"),
				Map.entry("022", "Quảng Ninh"), Map.entry("024", "Bắc Giang"), Map.entry("025", "Phú Thọ"),
				Map.entry("026", "Vĩnh Phúc"), Map.entry("027", "Bắc Ninh"), Map.entry("030", "Hải Dương"),
				Map.entry("031", "Hải Phòng"), Map.entry("033", "Hưng Yên"), Map.entry("034", "Thái Bình"),
				Map.entry("035", "Hà Nam"), Map.entry("036", "Nam Định"), Map.entry("037", "Ninh Bình"),
				Map.entry("038", "Thanh Hóa"), Map.entry("040", "Nghệ An"), Map.entry("042", "Hà Tĩnh"),
				Map.entry("044", "Quảng Bình"), Map.entry("045", "Quảng Trị"), Map.entry("046", "Thừa Thiên Huế"),
				Map.entry("048", "Đà Nẵng"), Map.entry("049", "Quảng Nam"), Map.entry("051", "Quảng Ngãi"),
				Map.entry("052", "Bình Định"), Map.entry("054", "Phú Yên"), Map.entry("056", "Khánh Hòa"),
				Map.entry("058", "Ninh Thuận"), Map.entry("060", "Bình Thuận"), Map.entry("062", "Kon Tum"),
				Map.entry("064", "Gia Lai"), Map.entry("066", "Đắk Lắk"), Map.entry("067", "Đắk Nông"),
				Map.entry("068", "Lâm Đồng"), Map.entry("070", "Bình Phước"), Map.entry("072", "Tây Ninh"),
				Map.entry("074", "Bình Dương"), Map.entry("075", "Đồng Nai"), Map.entry("077", "Bà Rịa - Vũng Tàu"),
				Map.entry("079", "Hồ Chí Minh"), Map.entry("080", "Long An"), Map.entry("082", "Tiền Giang"),
				Map.entry("083", "Bến Tre"), Map.entry("084", "Trà Vinh"), Map.entry("086", "Vĩnh Long"),
				Map.entry("087", "Đồng Tháp"), Map.entry("089", "An Giang"), Map.entry("091", "Kiên Giang"),
				Map.entry("092", "Cần Thơ"), Map.entry("093", "Hậu Giang"), Map.entry("094", "Sóc Trăng"),
				Map.entry("095", "Bạc Liêu"), Map.entry("096", "Cà Mau"));

		private Provinces() {
		}

	}

}
