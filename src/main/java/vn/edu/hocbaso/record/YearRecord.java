package vn.edu.hocbaso.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A pupil's record of one school year (the per-year page of the học bạ, Circular 27/2020 Appendix 1): height,
 * weight, absences, subject results, qualities and competencies with the three block comments, the overall
 * result confirmed by the homeroom teacher, commendations, completion, promotion and the teacher's remark.
 *
 * <p>Subject results and quality/competency levels are two JSONB columns of this row rather than child
 * tables: the class grid loads and saves a class of 35 pupils with about 30 fields each as 35 rows, without
 * joins or one statement per cell, and the shape that varies by grade needs no schema change. The rules and
 * checks in this module, not the database, guard what they hold; the audit table keeps each cell's history.
 *
 * <p>Every mutator notes the change it made; {@link RecordManagement} writes them to the audit with the
 * acting staff member. Text is kept in NFC.
 */
@Entity
@Table(name = "year_record")
public class YearRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long pupilId;

	private long schoolYearId;

	private long classId;

	private int grade;

	private UUID lookupCode;

	@Enumerated(EnumType.STRING)
	private RecordState state;

	private boolean complete;

	private BigDecimal height;

	private BigDecimal weight;

	private Integer absencesWithPermission;

	private Integer absencesWithoutPermission;

	/** Subject code to result; a map replaced on each change, so that Hibernate sees the change. */
	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, SubjectResult> subjectResults = new LinkedHashMap<>();

	/** Quality or competency code to level, replaced on each change like the subject results. */
	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, TraitLevel> traitLevels = new LinkedHashMap<>();

	private String qualityComment;

	private String generalCompetencyComment;

	private String specificCompetencyComment;

	@Enumerated(EnumType.STRING)
	private OverallResult confirmedResult;

	private String resultReason;

	private String commendation;

	private String adHocCommendation;

	private Boolean completedGrade;

	private Boolean completedPrimary;

	private Boolean promoted;

	private String teacherRemark;

	/** Waits for the supplementary evaluation: left out of the class-wide approval steps. */
	private boolean heldForSupplementary;

	private String supplementaryNote;

	private String promotionReason;

	/** The principal's reason for the last return to preparation. */
	private String returnReason;

	/** The registry's reasons for the last rejection. */
	private String rejectionReasons;

	private Long replacesId;

	private Long supersededById;

	/** A replacement being prepared; the record it replaces stays the pupil's current record meanwhile. */
	private boolean pendingReplacement;

	private Instant lockedAt;

	@Transient
	private final List<Change> changes = new ArrayList<>();

	protected YearRecord() {
	}

	/** A new, empty draft with a fresh lookup code (UUID v4, never reused). */
	public YearRecord(long pupilId, long schoolYearId, long classId, int grade) {

		if (!GradeMatrix.isGrade(grade)) {
			throw new IllegalArgumentException("Primary grades are 1 to 5, not " + grade);
		}

		this.pupilId = pupilId;
		this.schoolYearId = schoolYearId;
		this.classId = classId;
		this.grade = grade;
		this.lookupCode = UUID.randomUUID();
		this.state = RecordState.DRAFT;
		changes.add(new Change(RecordField.CREATED, null, lookupCode.toString()));
	}

	public void recordHeight(BigDecimal height) {
		change(RecordField.HEIGHT, this.height, height);
		this.height = height;
	}

	public void recordWeight(BigDecimal weight) {
		change(RecordField.WEIGHT, this.weight, weight);
		this.weight = weight;
	}

	public void recordAbsencesWithPermission(Integer sessions) {
		change(RecordField.ABSENCES_WITH_PERMISSION, absencesWithPermission, sessions);
		this.absencesWithPermission = sessions;
	}

	public void recordAbsencesWithoutPermission(Integer sessions) {
		change(RecordField.ABSENCES_WITHOUT_PERMISSION, absencesWithoutPermission, sessions);
		this.absencesWithoutPermission = sessions;
	}

	public void assessSubject(Subject subject, SubjectLevel level) {
		SubjectResult old = subjectResult(subject);
		change(RecordField.subjectLevel(subject), code(old.level()), code(level));
		putSubject(subject, old.withLevel(level));
	}

	/** The end-of-year test score; the checks, not this method, judge whether it is in range. */
	public void recordScore(Subject subject, Integer score) {
		SubjectResult old = subjectResult(subject);
		change(RecordField.subjectScore(subject), old.score(), score);
		putSubject(subject, old.withScore(score));
	}

	public void commentSubject(Subject subject, String comment) {
		SubjectResult old = subjectResult(subject);
		String text = RecordInput.text(comment);
		change(RecordField.subjectComment(subject), old.comment(), text);
		putSubject(subject, old.withComment(text));
	}

	public void assessTrait(Trait trait, TraitLevel level) {

		change(RecordField.trait(trait), code(traitLevel(trait)), code(level));

		Map<String, TraitLevel> levels = new LinkedHashMap<>(traitLevels);
		if (level == null) {
			levels.remove(trait.code());
		}
		else {
			levels.put(trait.code(), level);
		}
		this.traitLevels = levels;
	}

	public void commentBlock(Trait.Block block, String comment) {

		String text = RecordInput.text(comment);
		change(RecordField.blockComment(block), blockComment(block), text);

		switch (block) {
			case QUALITY -> this.qualityComment = text;
			case GENERAL_COMPETENCY -> this.generalCompetencyComment = text;
			case SPECIFIC_COMPETENCY -> this.specificCompetencyComment = text;
		}
	}

	/**
	 * The homeroom teacher's overall result; a result other than the suggested one needs a reason, which the
	 * checks ask for.
	 */
	public void confirmResult(OverallResult result, String reason) {

		String text = RecordInput.text(reason);
		change(RecordField.RESULT, code(confirmedResult), code(result));
		change(RecordField.RESULT_REASON, resultReason, text);

		this.confirmedResult = result;
		this.resultReason = text;
	}

	public void commend(String commendation) {
		String text = RecordInput.text(commendation);
		change(RecordField.COMMENDATION, this.commendation, text);
		this.commendation = text;
	}

	public void commendAdHoc(String commendation) {
		String text = RecordInput.text(commendation);
		change(RecordField.AD_HOC_COMMENDATION, this.adHocCommendation, text);
		this.adHocCommendation = text;
	}

	public void recordGradeCompletion(Boolean completed) {
		change(RecordField.COMPLETED_GRADE, completedGrade, completed);
		this.completedGrade = completed;
	}

	/** Completion of the primary programme, recorded in grade 5 only. */
	public void recordPrimaryCompletion(Boolean completed) {

		if (grade != GradeMatrix.LAST_GRADE && completed != null) {
			throw new IllegalArgumentException("Primary school is completed in grade 5, not in grade " + grade);
		}

		change(RecordField.COMPLETED_PRIMARY, completedPrimary, completed);
		this.completedPrimary = completed;
	}

	public void recordPromotion(Boolean promoted) {
		change(RecordField.PROMOTED, this.promoted, promoted);
		this.promoted = promoted;
	}

	public void remark(String remark) {
		String text = RecordInput.text(remark);
		change(RecordField.TEACHER_REMARK, teacherRemark, text);
		this.teacherRemark = text;
	}

	/**
	 * Marks the record complete, ready for signing; refused while the checks find an error.
	 *
	 * @param personalId the pupil's personal ID, which the checks require
	 */
	public void markComplete(String personalId) {

		List<Finding> errors = RecordChecks.check(this, personalId).stream().filter(Finding::isError).toList();
		if (!errors.isEmpty()) {
			throw new RecordHasErrors(errors);
		}

		if (!complete) {
			changes.add(new Change(RecordField.COMPLETE, "false", "true"));
			this.complete = true;
		}
	}

	public Optional<OverallResult> suggestedResult() {
		return OverallResultRule.suggest(grade, subjectResults(), traitLevels());
	}

	/**
	 * A replacement of this record (or, after a revocation, its re-issue): a new draft with the same content and a
	 * new lookup code.
	 *
	 * @param pending whether this record stays current until the replacement is accepted
	 */
	YearRecord replacement(boolean pending) {

		YearRecord copy = new YearRecord(pupilId, schoolYearId, classId, grade);
		copy.height = height;
		copy.weight = weight;
		copy.absencesWithPermission = absencesWithPermission;
		copy.absencesWithoutPermission = absencesWithoutPermission;
		copy.subjectResults = new LinkedHashMap<>(subjectResults);
		copy.traitLevels = new LinkedHashMap<>(traitLevels);
		copy.qualityComment = qualityComment;
		copy.generalCompetencyComment = generalCompetencyComment;
		copy.specificCompetencyComment = specificCompetencyComment;
		copy.confirmedResult = confirmedResult;
		copy.resultReason = resultReason;
		copy.commendation = commendation;
		copy.adHocCommendation = adHocCommendation;
		copy.completedGrade = completedGrade;
		copy.completedPrimary = completedPrimary;
		copy.promoted = promoted;
		copy.teacherRemark = teacherRemark;
		copy.heldForSupplementary = heldForSupplementary;
		copy.supplementaryNote = supplementaryNote;
		copy.promotionReason = promotionReason;
		copy.replacesId = id;
		copy.pendingReplacement = pending;
		copy.changes.add(new Change(RecordField.REPLACES, null, String.valueOf(id)));

		return copy;
	}

	/** Moves the record on its way to the registry; {@link RecordApprovals} checks who may and from where. */
	void moveTo(RecordState next) {
		changes.add(new Change(RecordField.STATE, state.name(), next.name()));
		this.state = next;
	}

	/** Sends the record back to preparation: its content must be checked again before anyone approves it. */
	void backToPreparation() {

		if (complete) {
			changes.add(new Change(RecordField.COMPLETE, "true", "false"));
			this.complete = false;
		}
		if (state != RecordState.DRAFT && state != RecordState.REJECTED) {
			moveTo(RecordState.DRAFT);
		}
	}

	void returnWith(String reason) {
		changes.add(new Change(RecordField.RETURN_REASON, returnReason, reason));
		this.returnReason = reason;
		backToPreparation();
	}

	void reject(String reasons) {
		changes.add(new Change(RecordField.REJECTION_REASONS, rejectionReasons, reasons));
		this.rejectionReasons = reasons;
		moveTo(RecordState.REJECTED);
		backToPreparation();
	}

	void accept() {
		moveTo(RecordState.ACCEPTED);
		if (rejectionReasons != null) {
			changes.add(new Change(RecordField.REJECTION_REASONS, rejectionReasons, null));
			this.rejectionReasons = null;
		}
	}

	void holdForSupplementary() {
		if (!heldForSupplementary) {
			changes.add(new Change(RecordField.HELD_FOR_SUPPLEMENTARY, "false", "true"));
			this.heldForSupplementary = true;
		}
	}

	/** A pupil who completed the grade after the summer moves up (Art. 11); one who did not waits for the board. */
	void noteSupplementaryResult(Boolean completed, String note) {

		String text = RecordInput.text(note);
		recordGradeCompletion(completed);
		if (Boolean.TRUE.equals(completed)) {
			recordPromotion(true);
		}
		change(RecordField.SUPPLEMENTARY_NOTE, supplementaryNote, text);
		this.supplementaryNote = text;
	}

	void decidePromotion(Boolean promoted, String reason) {
		String text = RecordInput.text(reason);
		recordPromotion(promoted);
		change(RecordField.PROMOTION_REASON, promotionReason, text);
		this.promotionReason = text;
	}

	/** The replacement was accepted: this record gives way to it. */
	void supersedeBy(long replacementId) {
		changes.add(new Change(RecordField.SUPERSEDED_BY, null, String.valueOf(replacementId)));
		this.supersededById = replacementId;
		moveTo(RecordState.SUPERSEDED);
	}

	/** The replaced record gave way: this replacement is now the pupil's current record. */
	void becomeCurrent() {
		this.pendingReplacement = false;
	}

	/** The changes made since the last call, for the audit. */
	List<Change> takeChanges() {
		List<Change> taken = List.copyOf(changes);
		changes.clear();
		return taken;
	}

	private void putSubject(Subject subject, SubjectResult result) {

		if (GradeMatrix.offer(subject, grade).isEmpty()) {
			throw new IllegalArgumentException(subject + " is not taught in grade " + grade);
		}

		Map<String, SubjectResult> results = new LinkedHashMap<>(subjectResults);
		results.put(subject.code(), result);
		this.subjectResults = results;
	}

	/**
	 * Notes a change and, because the content is no longer what was checked or signed, withdraws completeness
	 * and returns a signed record to draft (DESIGN.md §5).
	 */
	private void change(String field, Object oldValue, Object newValue) {

		if (!state.isEditable()) {
			throw new RecordNotEditable(id, state);
		}
		String before = oldValue == null ? null : oldValue.toString();
		String after = newValue == null ? null : newValue.toString();
		if (Objects.equals(before, after)) {
			return;
		}

		changes.add(new Change(field, before, after));
		if (complete) {
			changes.add(new Change(RecordField.COMPLETE, "true", "false"));
			this.complete = false;
		}
		if (state != RecordState.DRAFT) {
			changes.add(new Change(RecordField.STATE, state.name(), RecordState.DRAFT.name()));
			this.state = RecordState.DRAFT;
		}
	}

	private static String code(SubjectLevel level) {
		return level == null ? null : level.code();
	}

	private static String code(TraitLevel level) {
		return level == null ? null : level.code();
	}

	private static String code(OverallResult result) {
		return result == null ? null : result.code();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public long getPupilId() {
		return pupilId;
	}

	public long getSchoolYearId() {
		return schoolYearId;
	}

	public long getClassId() {
		return classId;
	}

	public int getGrade() {
		return grade;
	}

	public UUID getLookupCode() {
		return lookupCode;
	}

	public RecordState getState() {
		return state;
	}

	public boolean isComplete() {
		return complete;
	}

	public BigDecimal getHeight() {
		return height;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public Integer getAbsencesWithPermission() {
		return absencesWithPermission;
	}

	public Integer getAbsencesWithoutPermission() {
		return absencesWithoutPermission;
	}

	public SubjectResult subjectResult(Subject subject) {
		return subjectResults.getOrDefault(subject.code(), SubjectResult.EMPTY);
	}

	/** The subjects with any result, in the order of the record. */
	public Map<Subject, SubjectResult> subjectResults() {
		Map<Subject, SubjectResult> results = new EnumMap<>(Subject.class);
		subjectResults.forEach((code, result) -> Subject.ofCode(code).ifPresent(s -> results.put(s, result)));
		return Collections.unmodifiableMap(results);
	}

	public TraitLevel traitLevel(Trait trait) {
		return traitLevels.get(trait.code());
	}

	public Map<Trait, TraitLevel> traitLevels() {
		Map<Trait, TraitLevel> levels = new EnumMap<>(Trait.class);
		traitLevels.forEach((code, level) -> Trait.ofCode(code).ifPresent(t -> levels.put(t, level)));
		return Collections.unmodifiableMap(levels);
	}

	public String blockComment(Trait.Block block) {
		return switch (block) {
			case QUALITY -> qualityComment;
			case GENERAL_COMPETENCY -> generalCompetencyComment;
			case SPECIFIC_COMPETENCY -> specificCompetencyComment;
		};
	}

	public OverallResult getConfirmedResult() {
		return confirmedResult;
	}

	public String getResultReason() {
		return resultReason;
	}

	public String getCommendation() {
		return commendation;
	}

	public String getAdHocCommendation() {
		return adHocCommendation;
	}

	public Boolean getCompletedGrade() {
		return completedGrade;
	}

	public Boolean getCompletedPrimary() {
		return completedPrimary;
	}

	public Boolean getPromoted() {
		return promoted;
	}

	public String getTeacherRemark() {
		return teacherRemark;
	}

	public boolean isHeldForSupplementary() {
		return heldForSupplementary;
	}

	public String getSupplementaryNote() {
		return supplementaryNote;
	}

	public String getPromotionReason() {
		return promotionReason;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public String getRejectionReasons() {
		return rejectionReasons;
	}

	public Long getReplacesId() {
		return replacesId;
	}

	public Long getSupersededById() {
		return supersededById;
	}

	public boolean isPendingReplacement() {
		return pendingReplacement;
	}

	public Instant getLockedAt() {
		return lockedAt;
	}

	/** Whether the record is the pupil's record of the year, or one kept beside it (replaced, withdrawn, pending). */
	public boolean isCurrent() {
		return !pendingReplacement && !state.isSetAside();
	}

	/** One changed field, as text; {@code null} stands for empty. */
	record Change(String field, String oldValue, String newValue) {
	}

}
