package vn.edu.hocbaso.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names of wards, communes, streets and schools for a generated Hanoi. They are real place names and common
 * school names (schools are often named after historical figures); which school sits in which ward is made up.
 */
final class PlaceNames {

	static final List<String> WARDS = List.of("Ba Đình", "Hoàn Kiếm", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng",
			"Tây Hồ", "Thanh Xuân", "Long Biên", "Hoàng Mai", "Hà Đông", "Nghĩa Đô", "Ngọc Hà", "Giảng Võ",
			"Cửa Nam", "Văn Miếu - Quốc Tử Giám", "Ô Chợ Dừa", "Láng", "Kim Liên", "Bạch Mai", "Vĩnh Tuy",
			"Tương Mai", "Định Công", "Hoàng Liệt", "Yên Sở", "Khương Đình", "Phương Liệt", "Thanh Liệt",
			"Yên Hòa", "Dịch Vọng", "Phú Diễn", "Xuân Đỉnh", "Đông Ngạc", "Thượng Cát", "Tây Tựu", "Từ Liêm",
			"Xuân Phương", "Tây Mỗ", "Đại Mỗ", "Kiến Hưng", "Yên Nghĩa", "Phú Lương", "Dương Nội", "Sơn Tây",
			"Tùng Thiện", "Việt Hưng", "Phúc Lợi", "Bồ Đề", "Lĩnh Nam", "Hồng Hà", "Chương Mỹ");

	static final List<String> COMMUNES = List.of("Gia Lâm", "Thuận An", "Bát Tràng", "Phù Đổng", "Đông Anh",
			"Thư Lâm", "Phúc Thịnh", "Thiên Lộc", "Vĩnh Thanh", "Mê Linh", "Yên Lãng", "Tiến Thắng", "Quang Minh",
			"Sóc Sơn", "Đa Phúc", "Nội Bài", "Trung Giã", "Kim Anh", "Ba Vì", "Minh Châu", "Cổ Đô", "Quảng Oai",
			"Phúc Thọ", "Phúc Lộc", "Hát Môn", "Đan Phượng", "Ô Diên", "Liên Minh", "Hoài Đức", "Dương Hòa",
			"Sơn Đồng", "An Khánh", "Quốc Oai", "Kiều Phú", "Hưng Đạo", "Thạch Thất", "Hạ Bằng", "Tây Phương",
			"Thanh Oai", "Bình Minh", "Tam Hưng", "Dân Hòa", "Thường Tín", "Hồng Vân", "Thượng Phúc",
			"Phú Xuyên", "Phượng Dực", "Chuyên Mỹ", "Ứng Hòa", "Hòa Xá", "Mỹ Đức", "Hương Sơn", "Phúc Sơn");

	private static final List<String> SCHOOLS = List.of("Nguyễn Du", "Lê Quý Đôn", "Trưng Vương", "Kim Đồng",
			"Đoàn Thị Điểm", "Thăng Long", "Ngọc Hà", "Chu Văn An", "Nguyễn Trãi", "Lê Văn Tám", "Võ Thị Sáu",
			"Quang Trung", "Lý Thường Kiệt", "Trần Quốc Toản", "Hoàng Hoa Thám", "Phan Chu Trinh",
			"Nguyễn Bỉnh Khiêm", "Tô Hiến Thành", "Lê Ngọc Hân", "Điện Biên", "Hồng Hà", "Ba Đình", "Khương Thượng",
			"Bế Văn Đàn", "Nam Thành Công", "Thành Công A", "Vạn Phúc", "Đại Kim", "Mai Động", "Tân Mai",
			"Nghĩa Tân", "Dịch Vọng A", "Yên Hòa", "Quan Hoa", "Mai Dịch", "Nguyễn Siêu", "Trần Phú",
			"Đinh Tiên Hoàng", "Hà Huy Tập", "Lý Tự Trọng", "Nguyễn Văn Trỗi", "Phù Đổng", "Đông Ngạc", "Xuân Đỉnh",
			"Tây Mỗ", "Vân Canh", "Kiến Hưng", "Văn Yên", "Việt Hưng", "Bồ Đề", "Gia Thụy", "Ái Mộ", "Ngọc Lâm");

	private static final List<String> STREETS = List.of("Hàng Bài", "Tràng Thi", "Nguyễn Thái Học", "Kim Mã",
			"Đội Cấn", "Hoàng Hoa Thám", "Láng Hạ", "Xã Đàn", "Tôn Đức Thắng", "Giải Phóng", "Trường Chinh",
			"Cầu Giấy", "Xuân Thủy", "Trần Duy Hưng", "Nguyễn Chí Thanh", "Lạc Long Quân", "Âu Cơ", "Nghi Tàm",
			"Minh Khai", "Bạch Mai", "Lê Thanh Nghị", "Tam Trinh", "Nguyễn Văn Cừ", "Ngọc Lâm", "Quang Trung",
			"Tố Hữu", "Phạm Văn Đồng", "Hồ Tùng Mậu", "Khương Trung", "Vũ Trọng Phụng");

	private PlaceNames() {
	}

	/** The name of the unit at an index: wards first, then communes, then numbered to stay distinct. */
	static String unit(int index) {
		if (index < WARDS.size()) {
			return "Phường " + WARDS.get(index);
		}
		int commune = index - WARDS.size();
		String name = "Xã " + COMMUNES.get(commune % COMMUNES.size());
		return commune < COMMUNES.size() ? name : name + " " + (commune / COMMUNES.size() + 1);
	}

	static boolean isWard(int index) {
		return index < WARDS.size();
	}

	/** A school name; the same name recurs in other units, as it does in a real city. */
	static String school(int index) {
		return "Trường Tiểu học " + SCHOOLS.get(index % SCHOOLS.size());
	}

	static String address(SplittableRandom random, String unitName, String province) {
		String street = STREETS.get(random.nextInt(STREETS.size()));
		return "Số " + (1 + random.nextInt(200)) + " " + street + ", " + unitName + ", " + province;
	}

	static String residence(SplittableRandom random, String unitName, String province) {
		String street = STREETS.get(random.nextInt(STREETS.size()));
		return "Số " + (1 + random.nextInt(120)) + ", ngõ " + (1 + random.nextInt(300)) + " " + street + ", "
				+ unitName + ", " + province;
	}

}
