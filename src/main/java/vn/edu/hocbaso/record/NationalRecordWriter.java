package vn.edu.hocbaso.record;

import static vn.edu.hocbaso.record.HocBaTags.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.w3c.dom.Element;

/**
 * The three data blocks of the national XML, written in the order of the field list.
 */
final class NationalRecordWriter {

	private NationalRecordWriter() {
	}

	/**
	 * Names the data node for the signatures: every signer's Reference points at it, so the unsigned record
	 * already carries the name, derived from the lookup code, which never changes.
	 */
	static void writeDataId(Element data, NationalRecord record) {
		UUID lookupCode = record.header().lookupCode();
		if (lookupCode != null) {
			data.setAttribute(ID, DATA_ID_PREFIX + lookupCode);
		}
	}

	static void writeGeneral(XmlWriter xml, Element general, NationalRecord record) {

		NationalRecord.Header header = record.header();
		NationalRecord.School school = record.school();
		xml.text(general, PHIEN_BAN, header.specVersion());
		xml.text(general, THONG_TU, header.circular());
		xml.text(general, MA_TRA_CUU_UUID, header.lookupCode());
		xml.text(general, MA_TRA_CUU_UUID_THAY_THE, header.replacesLookupCode());
		xml.text(general, TEN_NAM_HOC, header.schoolYearName());
		xml.text(general, MA_SO_GIAO_DUC, school.departmentCode());
		xml.text(general, TEN_SO_GD, school.departmentName());
		xml.text(general, MA_TRUONG, school.code());
		xml.text(general, TEN_TRUONG, school.name());
		xml.text(general, TEN_QUAN_HUYEN, school.district());
		xml.text(general, TEN_XA_PHUONG, school.ward());
		xml.text(general, TEN_TINH_THANH_PHO, school.province());
		xml.text(general, MA_CAP_HOC, header.educationLevel());

		writePupil(xml, general, record.pupil());
		writeIssue(xml, general, record.issue());

		NationalRecord.ClassYear classYear = record.classYear();
		xml.text(general, MA_KHOI, classYear.grade());
		xml.text(general, TEN_LOP, classYear.className());
		xml.text(general, NAM_HOC, classYear.schoolYear());
	}

	private static void writePupil(XmlWriter xml, Element general, NationalRecord.PupilDetails pupil) {
		xml.text(general, SO_SO_DANG_BO, pupil.registrationNumber());
		xml.text(general, HO_VA_TEN, pupil.fullName());
		xml.text(general, SO_CCCD, pupil.personalId());
		xml.text(general, MA_HOC_SINH, pupil.pupilCode());
		xml.text(general, GIOI_TINH, pupil.sex());
		xml.text(general, NGAY_SINH, date(pupil.birthDate()));
		xml.text(general, CAN_NANG, decimal(pupil.weight()));
		xml.text(general, CHIEU_CAO, decimal(pupil.height()));
		xml.text(general, TONG_SO_BUOI_NGHI_CO_PHEP, pupil.absencesWithPermission());
		xml.text(general, TONG_SO_BUOI_NGHI_KHONG_PHEP, pupil.absencesWithoutPermission());
		xml.text(general, NOI_SINH, pupil.placeOfBirth());
		xml.text(general, QUE_QUAN, pupil.homeTown());
		xml.text(general, CHO_O_HIEN_NAY, pupil.residence());
		xml.text(general, DAN_TOC, pupil.ethnicity());
		xml.text(general, QUOC_TICH, pupil.nationality());
		xml.text(general, HO_VA_TEN_CHA, pupil.fatherName());
		xml.text(general, HO_VA_TEN_ME, pupil.motherName());
		xml.text(general, HO_VA_TEN_NGUOI_GIAM_HO, pupil.guardianName());
	}

	private static void writeIssue(XmlWriter xml, Element general, NationalRecord.Issue issue) {
		xml.text(general, TEN_GIAM_HIEU_KY_HOC_BA, issue.principalName());
		xml.text(general, SO_CCCD_GIAM_HIEU_KY_HOC_BA, issue.principalPersonalId());
		xml.text(general, CHUC_VU_GIAM_HIEU_KY_HOC_BA, issue.principalPosition());
		xml.text(general, DIA_DANH_PHAT_HANH_HOC_BA, issue.place());
		xml.text(general, NGAY_TAO_HOC_BA, dateTime(issue.createdAt()));
		xml.text(general, NGAY_KY_PHAT_HANH_HOC_BA, dateTime(issue.issuedAt()));
		xml.text(general, TEN_GIAO_VIEN_CHU_NHIEM, issue.homeroomTeacherName());
		xml.text(general, SO_CCCD_GIAO_VIEN_CHU_NHIEM, issue.homeroomTeacherPersonalId());
	}

	static void writeHistory(XmlWriter xml, Element history, NationalRecord record) {
		for (NationalRecord.StudyYear year : record.history()) {
			Element row = xml.add(history, THONG_TIN_QUA_TRINH);
			xml.text(row, TEN_NAM_HOC, year.schoolYear());
			xml.text(row, TEN_LOP, year.className());
			xml.text(row, TEN_TRUONG, year.schoolName());
			xml.text(row, NGAY_TRANG_THAI_CHUYEN_DEN, date(year.enrolledOn()));
		}
	}

	static void writeSummary(XmlWriter xml, Element summary, NationalRecord record) {

		NationalRecord.Summary outcome = record.summary();
		xml.text(summary, KET_QUA_XEP_LOAI, outcome.result() == null ? null : outcome.result().code());
		xml.text(summary, DUOC_LEN_LOP, bool(outcome.promoted()));
		xml.text(summary, NOI_DUNG_HOAN_THANH_CHUONG_TRINH, outcome.completionText());
		xml.text(summary, DA_HOAN_THANH_CHUONG_TRINH_LOP_HOC, bool(outcome.completedGrade()));
		xml.text(summary, DA_HOAN_THANH_CHUONG_TRINH_TIEU_HOC, bool(outcome.completedPrimary()));
		xml.text(summary, NOI_DUNG_KHEN_THUONG, outcome.commendation());
		xml.text(summary, NOI_DUNG_KHEN_THUONG_DOT_XUAT, outcome.adHocCommendation());
		xml.text(summary, NHAN_XET_GVCN, outcome.teacherRemark());

		Element table = xml.add(summary, BANG_DIEM);
		for (NationalRecord.SubjectRow row : record.subjects()) {
			Element subject = xml.add(table, MON_HOC);
			xml.text(subject, MA_MON_HOC, row.subject().code());
			xml.text(subject, TEN_MON_HOC, row.subject().vietnamese());
			xml.text(subject, MUC_DAT_DUOC, row.level() == null ? null : row.level().code());
			xml.text(subject, DIEM_KIEM_TRA_DINH_KY, row.score());
		}

		for (Map.Entry<Trait, String> trait : TRAITS.entrySet()) {
			TraitLevel level = record.traits().get(trait.getKey());
			xml.text(summary, trait.getValue(), level == null ? null : level.code());
		}
		xml.text(summary, NHAN_XET_PHAM_CHAT, record.qualityComment());
		xml.text(summary, NHAN_XET_NANG_LUC_CHUNG, record.generalCompetencyComment());
		xml.text(summary, NHAN_XET_NANG_LUC_DAC_THU, record.specificCompetencyComment());
	}

	private static String date(LocalDate value) {
		return value == null ? null : HocBaTags.date(value);
	}

	private static String dateTime(OffsetDateTime value) {
		return value == null ? null : HocBaTags.dateTime(value);
	}

	private static String bool(Boolean value) {
		return value == null ? null : HocBaTags.bool(value);
	}

	private static String decimal(java.math.BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

}
