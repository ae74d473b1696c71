package vn.edu.hocbaso.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * A subject or compulsory educational activity (môn học, hoạt động giáo dục) of the primary programme, in the
 * order of the record's subject table. Which grade teaches, tests or offers it as an elective is in
 * {@link GradeMatrix}, nowhere else.
 *
 * <p>Codes are stable: they are stored in records, in subject-teacher assignments and in the XML
 * (MA_MON_HOC). The national specification publishes no subject catalogue, so these are this project's.
 */
public enum Subject {

	TV("Tiếng Việt", "Vietnamese"),
	TOAN("Toán", "Mathematics"),
	NN1("Ngoại ngữ 1", "Foreign language 1"),
	LSDL("Lịch sử và Địa lí", "History and Geography"),
	KH("Khoa học", "Science"),
	TIN_HOC("Tin học và Công nghệ (Tin học)", "Informatics and Technology (Informatics)"),
	CONG_NGHE("Tin học và Công nghệ (Công nghệ)", "Informatics and Technology (Technology)"),
	DAO_DUC("Đạo đức", "Ethics"),
	TNXH("Tự nhiên và Xã hội", "Nature and Society"),
	GDTC("Giáo dục thể chất", "Physical education"),
	AM_NHAC("Nghệ thuật (Âm nhạc)", "Arts (Music)"),
	MI_THUAT("Nghệ thuật (Mĩ thuật)", "Arts (Fine arts)"),
	HDTN("Hoạt động trải nghiệm", "Experiential activities"),
	TIENG_DT("Tiếng dân tộc", "Ethnic minority language");

	private final String vietnamese;

	private final String english;

	Subject(String vietnamese, String english) {
		this.vietnamese = vietnamese;
		this.english = english;
	}

	public String code() {
		return name();
	}

	/** The name printed on the record (TEN_MON_HOC). */
	public String vietnamese() {
		return vietnamese;
	}

	public String english() {
		return english;
	}

	public static Optional<Subject> ofCode(String code) {
		return Arrays.stream(values()).filter(subject -> subject.name().equals(code)).findFirst();
	}

}
