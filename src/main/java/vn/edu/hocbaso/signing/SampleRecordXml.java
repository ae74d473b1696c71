package vn.edu.hocbaso.signing;

import java.nio.charset.StandardCharsets;

/**
 * A national XML record of a grade 4 pupil, complete and valid against {@code xml/hoc-ba-v1.xsd}, with its
 * lookup code, school and signers' personal IDs filled in: what the benchmark signs, so that it needs no
 * database of records, and what the signing tests start from.
 */
public final class SampleRecordXml {

	private static final String TEMPLATE = """
			<?xml version="1.0" encoding="UTF-8" standalone="no"?>
			<HOC_BA>
			  <DU_LIEU_HOC_BA Id="HB-%1$s">
			    <THONG_TIN_CHUNG>
			      <PHIEN_BAN>1.0</PHIEN_BAN>
			      <THONG_TU>27/2020/TT-BGDĐT</THONG_TU>
			      <MA_TRA_CUU_UUID>%1$s</MA_TRA_CUU_UUID>
			      <TEN_NAM_HOC>2026-2027</TEN_NAM_HOC>
			      <MA_SO_GIAO_DUC>01</MA_SO_GIAO_DUC>
			      <TEN_SO_GD>Sở Giáo dục và Đào tạo Hà Nội</TEN_SO_GD>
			      <MA_TRUONG>%2$s</MA_TRUONG>
			      <TEN_TRUONG>Trường Tiểu học Nguyễn Du</TEN_TRUONG>
			      <TEN_QUAN_HUYEN>Thành phố Hà Nội</TEN_QUAN_HUYEN>
			      <TEN_XA_PHUONG>Phường Hoàn Kiếm</TEN_XA_PHUONG>
			      <TEN_TINH_THANH_PHO>Thành phố Hà Nội</TEN_TINH_THANH_PHO>
			      <MA_CAP_HOC>1</MA_CAP_HOC>
			      <SO_SO_DANG_BO>DB-2023-015</SO_SO_DANG_BO>
			      <HO_VA_TEN>Nguyễn Thị Ánh Dương</HO_VA_TEN>
			      <SO_CCCD>001218012345</SO_CCCD>
			      <MA_HOC_SINH>0100012345</MA_HOC_SINH>
			      <GIOI_TINH>Nữ</GIOI_TINH>
			      <NGAY_SINH>2018-03-01T00:00:00+07:00</NGAY_SINH>
			      <CAN_NANG>26.4</CAN_NANG>
			      <CHIEU_CAO>128.5</CHIEU_CAO>
			      <TONG_SO_BUOI_NGHI_CO_PHEP>2</TONG_SO_BUOI_NGHI_CO_PHEP>
			      <THONG_SO_BUOI_NGHI_KHONG_PHEP>0</THONG_SO_BUOI_NGHI_KHONG_PHEP>
			      <NOI_SINH>Hà Nội</NOI_SINH>
			      <QUE_QUAN>Nam Định</QUE_QUAN>
			      <CHO_O_HIEN_NAY>Số 5 phố Hàng Bạc, Hà Nội</CHO_O_HIEN_NAY>
			      <DAN_TOC>Kinh</DAN_TOC>
			      <QUOC_TICH>Việt Nam</QUOC_TICH>
			      <HO_VA_TEN_ME>Trần Thị Mai</HO_VA_TEN_ME>
			      <TEN_GIAM_HIEU_KY_HOC_BA>Lê Văn Hùng</TEN_GIAM_HIEU_KY_HOC_BA>
			      <SO_CCCD_GIAM_HIEU_KY_HOC_BA>%4$s</SO_CCCD_GIAM_HIEU_KY_HOC_BA>
			      <CHUC_VU_GIAM_HIEU_KY_HOC_BA>Hiệu trưởng</CHUC_VU_GIAM_HIEU_KY_HOC_BA>
			      <DIA_DANH_PHAT_HANH_HOC_BA>Hà Nội</DIA_DANH_PHAT_HANH_HOC_BA>
			      <NGAY_TAO_HOC_BA>2027-05-25T08:30:00+07:00</NGAY_TAO_HOC_BA>
			      <NGAY_KY_PHAT_HANH_HOC_BA>2027-05-31T09:00:00+07:00</NGAY_KY_PHAT_HANH_HOC_BA>
			      <TEN_GIAO_VIEN_CHU_NHIEM>Phạm Thu Hà</TEN_GIAO_VIEN_CHU_NHIEM>
			      <SO_CCCD_GIAO_VIEN_CHU_NHIEM>%3$s</SO_CCCD_GIAO_VIEN_CHU_NHIEM>
			      <MA_KHOI>4</MA_KHOI>
			      <TEN_LOP>4A</TEN_LOP>
			      <NAM_HOC>2026-2027</NAM_HOC>
			    </THONG_TIN_CHUNG>
			    <QUA_TRINH_HOC_TAP>
			      <THONG_TIN_QUA_TRINH>
			        <TEN_NAM_HOC>2026-2027</TEN_NAM_HOC>
			        <TEN_LOP>4A</TEN_LOP>
			        <TEN_TRUONG>Trường Tiểu học Nguyễn Du</TEN_TRUONG>
			        <NGAY_TRANG_THAI_CHUYEN_DEN>2026-09-05T00:00:00+07:00</NGAY_TRANG_THAI_CHUYEN_DEN>
			      </THONG_TIN_QUA_TRINH>
			    </QUA_TRINH_HOC_TAP>
			    <TONG_KET>
			      <KET_QUA_XEP_LOAI>HTXS</KET_QUA_XEP_LOAI>
			      <DUOC_LEN_LOP>true</DUOC_LEN_LOP>
			      <DA_HOAN_THANH_CHUONG_TRINH_LOP_HOC>true</DA_HOAN_THANH_CHUONG_TRINH_LOP_HOC>
			      <NOI_DUNG_KHEN_THUONG>Học sinh Xuất sắc</NOI_DUNG_KHEN_THUONG>
			      <NHAN_XET_GVCN>Em ngoan, học giỏi.</NHAN_XET_GVCN>
			      <BANG_DIEM>
			        <MON_HOC>
			          <MA_MON_HOC>TV</MA_MON_HOC>
			          <TEN_MON_HOC>Tiếng Việt</TEN_MON_HOC>
			          <MUC_DAT_DUOC>T</MUC_DAT_DUOC>
			          <DIEM_KIEM_TRA_DINH_KY>9</DIEM_KIEM_TRA_DINH_KY>
			        </MON_HOC>
			        <MON_HOC>
			          <MA_MON_HOC>TOAN</MA_MON_HOC>
			          <TEN_MON_HOC>Toán</TEN_MON_HOC>
			          <MUC_DAT_DUOC>T</MUC_DAT_DUOC>
			          <DIEM_KIEM_TRA_DINH_KY>10</DIEM_KIEM_TRA_DINH_KY>
			        </MON_HOC>
			      </BANG_DIEM>
			      <NANG_LUC_TU_CHU_TU_HOC>T</NANG_LUC_TU_CHU_TU_HOC>
			      <NANG_LUC_GIAO_TIEP_HOC_TAC>T</NANG_LUC_GIAO_TIEP_HOC_TAC>
			      <NANG_LUC_GIAI_QUYET_VAN_DE_SANG_TAO>T</NANG_LUC_GIAI_QUYET_VAN_DE_SANG_TAO>
			      <NANG_LUC_NGON_NGU>T</NANG_LUC_NGON_NGU>
			      <NANG_LUC_TINH_TOAN>T</NANG_LUC_TINH_TOAN>
			      <NANG_LUC_KHOA_HOC>T</NANG_LUC_KHOA_HOC>
			      <NANG_LUC_THAM_MI>Đ</NANG_LUC_THAM_MI>
			      <NANG_LUC_THE_CHAT>T</NANG_LUC_THE_CHAT>
			      <PHAM_CHAT_YEU_NUOC>T</PHAM_CHAT_YEU_NUOC>
			      <PHAM_CHAT_NHAN_AI>T</PHAM_CHAT_NHAN_AI>
			      <PHAM_CHAT_CHAM_CHI>T</PHAM_CHAT_CHAM_CHI>
			      <PHAM_CHAT_TRUNG_THUC>T</PHAM_CHAT_TRUNG_THUC>
			      <PHAM_CHAT_TRACH_NHIEM>T</PHAM_CHAT_TRACH_NHIEM>
			      <NHAN_XET_PHAM_CHAT>Em lễ phép, chăm chỉ &amp; trung thực.</NHAN_XET_PHAM_CHAT>
			      <NHAN_XET_NANG_LUC_CHUNG>Em tự giác học tập, hợp tác tốt với bạn.</NHAN_XET_NANG_LUC_CHUNG>
			      <NHAN_XET_NANG_LUC_DAC_THU>Em đọc lưu loát, tính toán nhanh.</NHAN_XET_NANG_LUC_DAC_THU>
			    </TONG_KET>
			  </DU_LIEU_HOC_BA>
			  <DANH_SACH_THONG_TIN_KY/>
			</HOC_BA>
			""";

	private SampleRecordXml() {
	}

	/**
	 * @param lookupCode the record's UUID v4 (MA_TRA_CUU_UUID)
	 * @param schoolCode MA_TRUONG
	 * @param teacherId the homeroom teacher's personal ID
	 * @param principalId the signing principal's personal ID
	 */
	public static byte[] of(String lookupCode, String schoolCode, String teacherId, String principalId) {
		return TEMPLATE.formatted(lookupCode, schoolCode, teacherId, principalId).getBytes(StandardCharsets.UTF_8);
	}

}
