package vn.edu.hocbaso.record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The national XML's vocabulary: every tag name, the order of the quality and competency elements, and how
 * values are written. This is the one place that knows the specification (DOMAIN.md §5, v1.0 of May 2024); a
 * later version is a change here and in {@code xml/hoc-ba-v1.xsd}. Published spellings are kept, typos
 * included (THONG_SO_BUOI_NGHI_KHONG_PHEP, NANG_LUC_GIAO_TIEP_HOC_TAC).
 *
 * <p>Tags marked "project" are not in the published field list, which shows the nesting of the study history
 * and the subject table only in a diagram that is not at hand.
 *
 * <p>The names are public so that every module reading the national XML (signing) spells them as the writer
 * does; how values are written stays inside this module.
 */
public final class HocBaTags {

	public static final String SPEC_VERSION = "1.0";

	public static final String CIRCULAR = "27/2020/TT-BGDĐT";

	/** The level code of primary education (MA_CAP_HOC); the specification gives no list, this is ours. */
	public static final String PRIMARY = "1";

	public static final String HOC_BA = "HOC_BA";
	public static final String DU_LIEU_HOC_BA = "DU_LIEU_HOC_BA";
	public static final String THONG_TIN_CHUNG = "THONG_TIN_CHUNG";
	public static final String QUA_TRINH_HOC_TAP = "QUA_TRINH_HOC_TAP";
	public static final String TONG_KET = "TONG_KET";
	public static final String DANH_SACH_THONG_TIN_KY = "DANH_SACH_THONG_TIN_KY";

	public static final String PHIEN_BAN = "PHIEN_BAN";
	public static final String THONG_TU = "THONG_TU";
	public static final String MA_TRA_CUU_UUID = "MA_TRA_CUU_UUID";

	/** The lookup code of the record a replacement (or re-issue) replaces; optional, this project's. */
	public static final String MA_TRA_CUU_UUID_THAY_THE = "MA_TRA_CUU_UUID_THAY_THE";
	public static final String TEN_NAM_HOC = "TEN_NAM_HOC";
	public static final String MA_SO_GIAO_DUC = "MA_SO_GIAO_DUC";
	public static final String TEN_SO_GD = "TEN_SO_GD";
	public static final String MA_TRUONG = "MA_TRUONG";
	public static final String TEN_TRUONG = "TEN_TRUONG";
	public static final String TEN_QUAN_HUYEN = "TEN_QUAN_HUYEN";
	public static final String TEN_XA_PHUONG = "TEN_XA_PHUONG";
	public static final String TEN_TINH_THANH_PHO = "TEN_TINH_THANH_PHO";
	public static final String MA_CAP_HOC = "MA_CAP_HOC";
	public static final String SO_SO_DANG_BO = "SO_SO_DANG_BO";
	public static final String HO_VA_TEN = "HO_VA_TEN";
	public static final String SO_CCCD = "SO_CCCD";
	public static final String MA_HOC_SINH = "MA_HOC_SINH";
	public static final String GIOI_TINH = "GIOI_TINH";
	public static final String NGAY_SINH = "NGAY_SINH";
	public static final String CAN_NANG = "CAN_NANG";
	public static final String CHIEU_CAO = "CHIEU_CAO";
	public static final String TONG_SO_BUOI_NGHI_CO_PHEP = "TONG_SO_BUOI_NGHI_CO_PHEP";
	public static final String TONG_SO_BUOI_NGHI_KHONG_PHEP = "THONG_SO_BUOI_NGHI_KHONG_PHEP";
	public static final String NOI_SINH = "NOI_SINH";
	public static final String QUE_QUAN = "QUE_QUAN";
	public static final String CHO_O_HIEN_NAY = "CHO_O_HIEN_NAY";
	public static final String DAN_TOC = "DAN_TOC";
	public static final String QUOC_TICH = "QUOC_TICH";
	public static final String HO_VA_TEN_CHA = "HO_VA_TEN_CHA";
	public static final String HO_VA_TEN_ME = "HO_VA_TEN_ME";
	public static final String HO_VA_TEN_NGUOI_GIAM_HO = "HO_VA_TEN_NGUOI_GIAM_HO";
	public static final String TEN_GIAM_HIEU_KY_HOC_BA = "TEN_GIAM_HIEU_KY_HOC_BA";
	public static final String SO_CCCD_GIAM_HIEU_KY_HOC_BA = "SO_CCCD_GIAM_HIEU_KY_HOC_BA";
	public static final String CHUC_VU_GIAM_HIEU_KY_HOC_BA = "CHUC_VU_GIAM_HIEU_KY_HOC_BA";
	public static final String DIA_DANH_PHAT_HANH_HOC_BA = "DIA_DANH_PHAT_HANH_HOC_BA";
	public static final String NGAY_TAO_HOC_BA = "NGAY_TAO_HOC_BA";
	public static final String NGAY_KY_PHAT_HANH_HOC_BA = "NGAY_KY_PHAT_HANH_HOC_BA";
	public static final String TEN_GIAO_VIEN_CHU_NHIEM = "TEN_GIAO_VIEN_CHU_NHIEM";
	public static final String SO_CCCD_GIAO_VIEN_CHU_NHIEM = "SO_CCCD_GIAO_VIEN_CHU_NHIEM";
	public static final String MA_KHOI = "MA_KHOI";
	public static final String TEN_LOP = "TEN_LOP";
	public static final String NAM_HOC = "NAM_HOC";

	/**
	 * Project: the attribute of DU_LIEU_HOC_BA that names it, written as {@link #DATA_ID_PREFIX} and the lookup
	 * code, so that the signatures' References point at the data ({@code URI="#HB-…"}, {@code xs:ID}).
	 */
	public static final String ID = "Id";

	public static final String DATA_ID_PREFIX = "HB-";

	/** The signing time of one signature block in DANH_SACH_THONG_TIN_KY. */
	public static final String NGAY_KY = "NGAY_KY";

	/** Project: one study-history row, with TEN_NAM_HOC (project) before the published fields. */
	public static final String THONG_TIN_QUA_TRINH = "THONG_TIN_QUA_TRINH";
	public static final String NGAY_TRANG_THAI_CHUYEN_DEN = "NGAY_TRANG_THAI_CHUYEN_DEN";

	public static final String KET_QUA_XEP_LOAI = "KET_QUA_XEP_LOAI";
	public static final String DUOC_LEN_LOP = "DUOC_LEN_LOP";
	public static final String NOI_DUNG_HOAN_THANH_CHUONG_TRINH = "NOI_DUNG_HOAN_THANH_CHUONG_TRINH";
	public static final String DA_HOAN_THANH_CHUONG_TRINH_LOP_HOC = "DA_HOAN_THANH_CHUONG_TRINH_LOP_HOC";
	public static final String DA_HOAN_THANH_CHUONG_TRINH_TIEU_HOC = "DA_HOAN_THANH_CHUONG_TRINH_TIEU_HOC";
	public static final String NOI_DUNG_KHEN_THUONG = "NOI_DUNG_KHEN_THUONG";
	public static final String NOI_DUNG_KHEN_THUONG_DOT_XUAT = "NOI_DUNG_KHEN_THUONG_DOT_XUAT";
	public static final String NHAN_XET_GVCN = "NHAN_XET_GVCN";

	/** Project: the subject table and one row of it. */
	public static final String BANG_DIEM = "BANG_DIEM";
	public static final String MON_HOC = "MON_HOC";
	public static final String MA_MON_HOC = "MA_MON_HOC";
	public static final String TEN_MON_HOC = "TEN_MON_HOC";
	public static final String MUC_DAT_DUOC = "MUC_DAT_DUOC";
	public static final String DIEM_KIEM_TRA_DINH_KY = "DIEM_KIEM_TRA_DINH_KY";

	public static final String NHAN_XET_PHAM_CHAT = "NHAN_XET_PHAM_CHAT";
	public static final String NHAN_XET_NANG_LUC_CHUNG = "NHAN_XET_NANG_LUC_CHUNG";
	public static final String NHAN_XET_NANG_LUC_DAC_THU = "NHAN_XET_NANG_LUC_DAC_THU";

	/** The quality and competency elements in the order of the field list: competencies first. */
	static final Map<Trait, String> TRAITS = traits();

	/** Every date and time is written at the offset of Vietnam (ICT). */
	static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private HocBaTags() {
	}

	/** YYYY-MM-DDThh:mm:ss+07:00. */
	static String dateTime(OffsetDateTime value) {
		OffsetDateTime local = value.withOffsetSameInstant(OFFSET).truncatedTo(ChronoUnit.SECONDS);
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local);
	}

	/** A date is written as its midnight in Vietnam, since the specification has one date-time format. */
	static String date(LocalDate value) {
		return dateTime(value.atStartOfDay().atOffset(OFFSET));
	}

	static OffsetDateTime parseDateTime(String text) {
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException notWithOffset) {
			return parseDate(text).atStartOfDay().atOffset(OFFSET);
		}
	}

	/** Reads what is written, a plain ISO date, or dd/MM/yyyy as in the specification's revocation example. */
	static LocalDate parseDate(String text) {

		if (text.contains("/")) {
			return LocalDate.parse(text, DAY_MONTH_YEAR);
		}
		if (text.contains("T")) {
			return LocalDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME).toLocalDate();
		}

		return LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
	}

	/** xs:boolean; the specification does not say how yes and no are written. */
	static String bool(Boolean value) {
		return value.toString();
	}

	static Boolean parseBool(String text) {
		return "true".equals(text) || "1".equals(text);
	}

	private static Map<Trait, String> traits() {

		Map<Trait, String> tags = new LinkedHashMap<>();
		tags.put(Trait.TU_CHU_TU_HOC, "NANG_LUC_TU_CHU_TU_HOC");
		tags.put(Trait.GIAO_TIEP_HOP_TAC, "NANG_LUC_GIAO_TIEP_HOC_TAC");
		tags.put(Trait.GIAI_QUYET_VAN_DE, "NANG_LUC_GIAI_QUYET_VAN_DE_SANG_TAO");
		tags.put(Trait.NGON_NGU, "NANG_LUC_NGON_NGU");
		tags.put(Trait.TINH_TOAN, "NANG_LUC_TINH_TOAN");
		tags.put(Trait.KHOA_HOC, "NANG_LUC_KHOA_HOC");
		tags.put(Trait.CONG_NGHE, "NANG_LUC_CONG_NGHE");
		tags.put(Trait.TIN_HOC, "NANG_LUC_TIN_HOC");
		tags.put(Trait.THAM_MI, "NANG_LUC_THAM_MI");
		tags.put(Trait.THE_CHAT, "NANG_LUC_THE_CHAT");
		tags.put(Trait.YEU_NUOC, "PHAM_CHAT_YEU_NUOC");
		tags.put(Trait.NHAN_AI, "PHAM_CHAT_NHAN_AI");
		tags.put(Trait.CHAM_CHI, "PHAM_CHAT_CHAM_CHI");
		tags.put(Trait.TRUNG_THUC, "PHAM_CHAT_TRUNG_THUC");
		tags.put(Trait.TRACH_NHIEM, "PHAM_CHAT_TRACH_NHIEM");

		return Collections.unmodifiableMap(tags);
	}

}
