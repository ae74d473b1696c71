package vn.edu.hocbaso.record;

import static vn.edu.hocbaso.record.HocBaTags.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the national XML back into a {@link NationalRecord}; the exact inverse of {@link NationalRecordWriter}.
 * Dates are also accepted as plain ISO dates or dd/MM/yyyy, as some published examples write them.
 */
final class NationalRecordReader {

	private NationalRecordReader() {
	}

	static NationalRecord read(XmlReader hocBa) {

		if (!HOC_BA.equals(hocBa.name())) {
			throw new NationalRecordXml.InvalidNationalXml("Not a record: " + hocBa.name(), null);
		}
		XmlReader data = hocBa.child(DU_LIEU_HOC_BA);
		XmlReader general = data.child(THONG_TIN_CHUNG);
		XmlReader summary = data.child(TONG_KET);

		return new NationalRecord(header(general), school(general), pupil(general), issue(general),
				classYear(general), history(data.child(QUA_TRINH_HOC_TAP)), summary(summary), subjects(summary),
				traits(summary), summary.text(NHAN_XET_PHAM_CHAT), summary.text(NHAN_XET_NANG_LUC_CHUNG),
				summary.text(NHAN_XET_NANG_LUC_DAC_THU));
	}

	private static NationalRecord.Header header(XmlReader general) {
		return new NationalRecord.Header(general.text(PHIEN_BAN), general.text(THONG_TU),
				general.value(MA_TRA_CUU_UUID, UUID::fromString),
				general.value(MA_TRA_CUU_UUID_THAY_THE, UUID::fromString), general.text(TEN_NAM_HOC),
				general.text(MA_CAP_HOC));
	}

	private static NationalRecord.School school(XmlReader general) {
		return new NationalRecord.School(general.text(MA_SO_GIAO_DUC), general.text(TEN_SO_GD),
				general.text(MA_TRUONG), general.text(TEN_TRUONG), general.text(TEN_QUAN_HUYEN),
				general.text(TEN_XA_PHUONG), general.text(TEN_TINH_THANH_PHO));
	}

	private static NationalRecord.PupilDetails pupil(XmlReader general) {
		return new NationalRecord.PupilDetails(general.text(SO_SO_DANG_BO), general.text(HO_VA_TEN),
				general.text(SO_CCCD), general.text(MA_HOC_SINH), general.text(GIOI_TINH),
				general.value(NGAY_SINH, HocBaTags::parseDate), general.value(CAN_NANG, BigDecimal::new),
				general.value(CHIEU_CAO, BigDecimal::new), general.value(TONG_SO_BUOI_NGHI_CO_PHEP, Integer::valueOf),
				general.value(TONG_SO_BUOI_NGHI_KHONG_PHEP, Integer::valueOf), general.text(NOI_SINH),
				general.text(QUE_QUAN), general.text(CHO_O_HIEN_NAY), general.text(DAN_TOC), general.text(QUOC_TICH),
				general.text(HO_VA_TEN_CHA), general.text(HO_VA_TEN_ME), general.text(HO_VA_TEN_NGUOI_GIAM_HO));
	}

	private static NationalRecord.Issue issue(XmlReader general) {
		return new NationalRecord.Issue(general.text(TEN_GIAM_HIEU_KY_HOC_BA),
				general.text(SO_CCCD_GIAM_HIEU_KY_HOC_BA),
				general.text(CHUC_VU_GIAM_HIEU_KY_HOC_BA), general.text(DIA_DANH_PHAT_HANH_HOC_BA),
				general.value(NGAY_TAO_HOC_BA, HocBaTags::parseDateTime),
				general.value(NGAY_KY_PHAT_HANH_HOC_BA, HocBaTags::parseDateTime),
				general.text(TEN_GIAO_VIEN_CHU_NHIEM), general.text(SO_CCCD_GIAO_VIEN_CHU_NHIEM));
	}

	private static NationalRecord.ClassYear classYear(XmlReader general) {
		return new NationalRecord.ClassYear(Integer.parseInt(general.text(MA_KHOI)), general.text(TEN_LOP),
				general.text(NAM_HOC));
	}

	private static List<NationalRecord.StudyYear> history(XmlReader history) {

		List<NationalRecord.StudyYear> years = new ArrayList<>();
		for (XmlReader row : history.children(THONG_TIN_QUA_TRINH)) {
			years.add(new NationalRecord.StudyYear(row.text(TEN_NAM_HOC), row.text(TEN_LOP), row.text(TEN_TRUONG),
					row.value(NGAY_TRANG_THAI_CHUYEN_DEN, HocBaTags::parseDate)));
		}

		return years;
	}

	private static NationalRecord.Summary summary(XmlReader summary) {
		return new NationalRecord.Summary(summary.value(KET_QUA_XEP_LOAI, NationalRecordReader::result),
				summary.value(DUOC_LEN_LOP, HocBaTags::parseBool), summary.text(NOI_DUNG_HOAN_THANH_CHUONG_TRINH),
				summary.value(DA_HOAN_THANH_CHUONG_TRINH_LOP_HOC, HocBaTags::parseBool),
				summary.value(DA_HOAN_THANH_CHUONG_TRINH_TIEU_HOC, HocBaTags::parseBool),
				summary.text(NOI_DUNG_KHEN_THUONG), summary.text(NOI_DUNG_KHEN_THUONG_DOT_XUAT),
				summary.text(NHAN_XET_GVCN));
	}

	private static List<NationalRecord.SubjectRow> subjects(XmlReader summary) {

		List<NationalRecord.SubjectRow> rows = new ArrayList<>();
		for (XmlReader row : summary.child(BANG_DIEM).children(MON_HOC)) {
			Subject subject = Subject.ofCode(row.text(MA_MON_HOC))
				.orElseThrow(() -> invalid("Unknown subject " + row.text(MA_MON_HOC)));
			rows.add(new NationalRecord.SubjectRow(subject, row.value(MUC_DAT_DUOC, NationalRecordReader::level),
					row.value(DIEM_KIEM_TRA_DINH_KY, Integer::valueOf)));
		}

		return rows;
	}

	private static Map<Trait, TraitLevel> traits(XmlReader summary) {

		Map<Trait, TraitLevel> levels = new EnumMap<>(Trait.class);
		TRAITS.forEach((trait, tag) -> {
			TraitLevel level = summary.value(tag, NationalRecordReader::traitLevel);
			if (level != null) {
				levels.put(trait, level);
			}
		});

		return levels;
	}

	private static OverallResult result(String code) {
		return OverallResult.ofCode(code).orElseThrow(() -> invalid("Unknown overall result " + code));
	}

	private static SubjectLevel level(String code) {
		return SubjectLevel.ofCode(code).orElseThrow(() -> invalid("Unknown subject level " + code));
	}

	private static TraitLevel traitLevel(String code) {
		return TraitLevel.ofCode(code).orElseThrow(() -> invalid("Unknown level " + code));
	}

	private static NationalRecordXml.InvalidNationalXml invalid(String message) {
		return new NationalRecordXml.InvalidNationalXml(message, null);
	}

}
