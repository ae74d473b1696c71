package vn.edu.hocbaso.demo;

import java.text.Normalizer;
import java.util.SplittableRandom;

import vn.edu.hocbaso.organisation.Sex;

/**
 * Generated Vietnamese names: surname (họ), middle name (tên đệm) and given name (tên), each drawn by its
 * approximate real-world frequency. Surname shares follow published estimates (Nguyễn about 38%, Trần 11%, Lê
 * 9.5%, ...); middle and given names are weighted by how common they are among children born 2015–2021 and
 * adults born 1970–1998. Every name is NFC. No real person is described: names are combined at random.
 */
final class VietnameseNames {

	private static final Weighted SURNAMES = Weighted.of("Nguyễn", 380, "Trần", 110, "Lê", 95, "Phạm", 70,
			"Hoàng", 40, "Huỳnh", 15, "Phan", 45, "Vũ", 30, "Võ", 9, "Đặng", 21, "Bùi", 20, "Đỗ", 14, "Hồ", 13,
			"Ngô", 13, "Dương", 10, "Lý", 5, "Đinh", 6, "Đào", 6, "Trịnh", 5, "Mai", 4, "Lương", 4, "Tạ", 3, "Cao",
			3, "Đoàn", 4, "Vương", 2, "Chu", 2, "Lưu", 2, "Kiều", 1, "Lại", 1, "Quách", 1, "Hà", 3, "Tô", 2,
			"Trương", 4, "Tăng", 1, "Khúc", 1);

	private static final Weighted MIDDLE_MALE = Weighted.of("Văn", 120, "Đức", 60, "Minh", 80, "Quang", 50,
			"Gia", 60, "Hoàng", 40, "Anh", 35, "Tuấn", 20, "Hữu", 30, "Bảo", 45, "Đăng", 25, "Thành", 25,
			"Trung", 20, "Công", 20, "Xuân", 15, "Ngọc", 15, "Mạnh", 12, "Thế", 15, "Duy", 20, "Nhật", 25,
			"Khánh", 15, "Hải", 12);

	private static final Weighted MIDDLE_FEMALE = Weighted.of("Thị", 150, "Ngọc", 70, "Thu", 40, "Thanh", 45,
			"Phương", 35, "Minh", 40, "Khánh", 35, "Bảo", 40, "Hà", 20, "Mai", 20, "Thùy", 25, "Diệu", 15,
			"Kim", 20, "Hải", 15, "Tuệ", 15, "Gia", 25, "An", 15, "Hồng", 20, "Quỳnh", 15, "Vân", 10);

	private static final Weighted GIVEN_MALE = Weighted.of("Minh", 60, "Huy", 45, "Khang", 40, "Bảo", 35,
			"Phúc", 40, "Nam", 35, "An", 40, "Khôi", 30, "Đăng", 20, "Long", 30, "Quân", 35, "Hải", 20, "Duy",
			25, "Hưng", 20, "Kiên", 15, "Lâm", 20, "Phong", 20, "Tùng", 15, "Vinh", 15, "Tuấn", 25, "Dũng", 20,
			"Hiếu", 20, "Sơn", 20, "Thắng", 15, "Trí", 15, "Đức", 20, "Nghĩa", 10, "Thịnh", 10, "Khoa", 20,
			"Hoàng", 15, "Việt", 15, "Toàn", 10, "Trung", 15, "Cường", 10, "Hùng", 15, "Quang", 15, "Tiến", 10);

	private static final Weighted GIVEN_FEMALE = Weighted.of("Anh", 70, "Linh", 55, "Ngọc", 35, "Trang", 40,
			"Hân", 35, "Vy", 35, "Thư", 35, "Chi", 30, "My", 30, "Nhi", 35, "Hà", 25, "Mai", 25, "Ánh", 20,
			"Hương", 25, "Thảo", 30, "Yến", 15, "Trâm", 15, "Diệp", 10, "Ngân", 20, "Uyên", 20, "Hoa", 15,
			"Lan", 15, "Phương", 25, "Quỳnh", 20, "Hằng", 15, "Huyền", 20, "Thủy", 15, "Nga", 10, "Loan", 10,
			"Giang", 15, "Trinh", 10, "Tâm", 15, "Như", 15, "Khuê", 10, "Đào", 5);

	private VietnameseNames() {
	}

	static String surname(SplittableRandom random) {
		return SURNAMES.pick(random);
	}

	static String fullName(SplittableRandom random, Sex sex) {
		return fullName(random, surname(random), sex);
	}

	/** A full name with a given surname, as a child usually takes the father's. */
	static String fullName(SplittableRandom random, String surname, Sex sex) {

		Weighted middle = sex == Sex.M ? MIDDLE_MALE : MIDDLE_FEMALE;
		Weighted given = sex == Sex.M ? GIVEN_MALE : GIVEN_FEMALE;
		String name = surname + " " + middle.pick(random) + " " + given.pick(random);

		return Normalizer.normalize(name, Normalizer.Form.NFC);
	}

	/** A small table of values with integer weights, drawn in O(log n). */
	static final class Weighted {

		private final String[] values;

		private final int[] cumulative;

		private Weighted(String[] values, int[] cumulative) {
			this.values = values;
			this.cumulative = cumulative;
		}

		static Weighted of(Object... valuesAndWeights) {

			int n = valuesAndWeights.length / 2;
			String[] values = new String[n];
			int[] cumulative = new int[n];
			int total = 0;
			for (int i = 0; i < n; i++) {
				values[i] = Normalizer.normalize((String) valuesAndWeights[2 * i], Normalizer.Form.NFC);
				total += (Integer) valuesAndWeights[2 * i + 1];
				cumulative[i] = total;
			}

			return new Weighted(values, cumulative);
		}

		String pick(SplittableRandom random) {

			int draw = random.nextInt(cumulative[cumulative.length - 1]);
			int index = java.util.Arrays.binarySearch(cumulative, draw + 1);

			return values[index >= 0 ? index : -index - 1];
		}

	}

}
