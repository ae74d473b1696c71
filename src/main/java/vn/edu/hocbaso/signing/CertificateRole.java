package vn.edu.hocbaso.signing;

/**
 * What a certificate signs for, and the block of the record's signature list its signature goes into.
 */
public enum CertificateRole {

	/** A homeroom teacher (giáo viên chủ nhiệm): block GVCN. */
	TEACHER("GVCN", true),

	/** A principal or a delegated vice principal (cán bộ quản lý): block CBQL. */
	PRINCIPAL("CBQL", true),

	/** The school as the issuing organisation (chữ ký phát hành): block KY_PHAT_HANH. */
	SCHOOL_ISSUE("KY_PHAT_HANH", false);

	private final String block;

	private final boolean personal;

	CertificateRole(String block, boolean personal) {
		this.block = block;
		this.personal = personal;
	}

	/** The tag of the block in DANH_SACH_THONG_TIN_KY. */
	public String block() {
		return block;
	}

	/** Whether a person holds it; a person's block carries the personal ID (SO_CCCD). */
	public boolean personal() {
		return personal;
	}

	/** The role that signs before this one, or null for the first signer. */
	CertificateRole previous() {
		return this == TEACHER ? null : values()[ordinal() - 1];
	}

	static CertificateRole ofBlock(String block) {
		for (CertificateRole role : values()) {
			if (role.block.equals(block)) {
				return role;
			}
		}
		throw new IllegalArgumentException("No signature block " + block);
	}

}
