package vn.edu.hocbaso.record;

/**
 * The end-of-year result of one subject: the level, the end-of-year periodic test score for tested subjects
 * (the last one for a pupil who was re-tested) and the teacher's comment. Any part may still be missing
 * while the record is being filled.
 *
 * @param level T, H or C, or {@code null}
 * @param score 0–10, or {@code null} for no score
 * @param comment progress, aptitude, what still needs support; NFC, or {@code null}
 */
public record SubjectResult(SubjectLevel level, Integer score, String comment) {

	public static final SubjectResult EMPTY = new SubjectResult(null, null, null);

	public SubjectResult withLevel(SubjectLevel level) {
		return new SubjectResult(level, score, comment);
	}

	public SubjectResult withScore(Integer score) {
		return new SubjectResult(level, score, comment);
	}

	public SubjectResult withComment(String comment) {
		return new SubjectResult(level, score, comment);
	}

}
