package vn.edu.hocbaso.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * A core quality (phẩm chất chủ yếu) or core competency (năng lực cốt lõi) of Circular 27/2020 Art. 5, in the
 * order of the record. Each belongs to one of the three blocks that carry one comment each.
 */
public enum Trait {

	YEU_NUOC(Block.QUALITY, "Yêu nước", "Patriotism"),
	NHAN_AI(Block.QUALITY, "Nhân ái", "Kindness"),
	CHAM_CHI(Block.QUALITY, "Chăm chỉ", "Diligence"),
	TRUNG_THUC(Block.QUALITY, "Trung thực", "Honesty"),
	TRACH_NHIEM(Block.QUALITY, "Trách nhiệm", "Responsibility"),
	TU_CHU_TU_HOC(Block.GENERAL_COMPETENCY, "Tự chủ và tự học", "Self-reliance and self-study"),
	GIAO_TIEP_HOP_TAC(Block.GENERAL_COMPETENCY, "Giao tiếp và hợp tác", "Communication and cooperation"),
	GIAI_QUYET_VAN_DE(Block.GENERAL_COMPETENCY, "Giải quyết vấn đề và sáng tạo", "Problem solving and creativity"),
	NGON_NGU(Block.SPECIFIC_COMPETENCY, "Ngôn ngữ", "Language"),
	TINH_TOAN(Block.SPECIFIC_COMPETENCY, "Tính toán", "Numeracy"),
	KHOA_HOC(Block.SPECIFIC_COMPETENCY, "Khoa học", "Science"),
	CONG_NGHE(Block.SPECIFIC_COMPETENCY, "Công nghệ", "Technology"),
	TIN_HOC(Block.SPECIFIC_COMPETENCY, "Tin học", "Informatics"),
	THAM_MI(Block.SPECIFIC_COMPETENCY, "Thẩm mĩ", "Aesthetics"),
	THE_CHAT(Block.SPECIFIC_COMPETENCY, "Thể chất", "Physical");

	private final Block block;

	private final String vietnamese;

	private final String english;

	Trait(Block block, String vietnamese, String english) {
		this.block = block;
		this.vietnamese = vietnamese;
		this.english = english;
	}

	public Block block() {
		return block;
	}

	public String code() {
		return name();
	}

	public String vietnamese() {
		return vietnamese;
	}

	public String english() {
		return english;
	}

	public static Optional<Trait> ofCode(String code) {
		return Arrays.stream(values()).filter(trait -> trait.name().equals(code)).findFirst();
	}

	/** The three blocks of the record, each with one comment (DOMAIN.md §2.2). */
	public enum Block {

		QUALITY, GENERAL_COMPETENCY, SPECIFIC_COMPETENCY

	}

}
