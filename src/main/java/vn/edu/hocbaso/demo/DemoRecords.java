package vn.edu.hocbaso.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.record.GradeMatrix;
import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.Trait;
import vn.edu.hocbaso.record.TraitLevel;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;

/**
 * End-of-year records for every pupil of the demo city's current year, so that the class grid, the checks and
 * the approval steps have real input: most pupils complete the grade (a realistic spread of T/H/C, test scores
 * around 8, qualities and competencies mostly T or Đ), about one in fifty does not (CHT), and about one in
 * thirty has a missing score or level that the checks will flag. Records stay drafts: confirming and marking
 * them complete is the homeroom teacher's work. The class of the demo teacher {@code gvcn1.4a} (4A of school 1)
 * has neither: a new user walks it from preparation to the issue signature without first fixing the demo's data.
 */
@Component
class DemoRecords {

	private static final Logger LOG = LoggerFactory.getLogger(DemoRecords.class);

	private static final Map<Trait.Block, List<String>> BLOCK_COMMENTS = Map.of(Trait.Block.QUALITY, List.of(
			"Em ngoan, lễ phép, biết giúp đỡ bạn bè.",
			"Em chăm chỉ, trung thực, có trách nhiệm với công việc được giao.",
			"Em yêu quý thầy cô và bạn bè, biết giữ gìn của công.",
			"Em hiền lành, biết nhận lỗi và sửa lỗi."), Trait.Block.GENERAL_COMPETENCY, List.of(
			"Em tự giác học tập, biết hợp tác với bạn trong nhóm.",
			"Em mạnh dạn trình bày ý kiến, biết tự giải quyết nhiệm vụ học tập.",
			"Em cần chủ động hơn khi làm việc nhóm."), Trait.Block.SPECIFIC_COMPETENCY, List.of(
			"Em đọc trôi chảy, tính toán nhanh và chính xác.",
			"Em diễn đạt rõ ràng, biết vận dụng kiến thức vào thực tế.",
			"Em cần rèn thêm kĩ năng tính toán và viết đúng chính tả."));

	private static final Map<OverallResult, String> REMARKS = Map.of(OverallResult.HTXS,
			"Hoàn thành xuất sắc các nội dung học tập và rèn luyện; là tấm gương cho các bạn noi theo.",
			OverallResult.HTT, "Hoàn thành tốt các nội dung học tập và rèn luyện.", OverallResult.HT,
			"Hoàn thành các nội dung học tập và rèn luyện; cần cố gắng hơn ở một số môn học.", OverallResult.CHT,
			"Chưa hoàn thành một số nội dung học tập; cần được giúp đỡ, rèn luyện thêm trong hè.");

	private static final String CLASSES_OF_THE_YEAR = """
			select c.id as class_id, c.grade, c.school_year_id, e.pupil_id from school_class c
			join enrolment e on e.class_id = c.id and e.left_on is null
			where c.school_year_id = (select id from school_year order by start_year desc limit 1)
			order by c.id, e.pupil_id""";

	/** The class the README's journey walks; its records all pass the checks and complete the grade. */
	private static final String SHOWCASE_CLASS = """
			select r.class_id from staff_role r join account a on a.staff_id = r.staff_id
			join school_class c on c.id = r.class_id join school_year y on y.id = c.school_year_id
			where a.username = 'gvcn1.4a' and r.role = 'HOMEROOM_TEACHER'
			order by y.start_year desc limit 1""";

	private final JdbcTemplate jdbc;

	private final YearRecordRepository records;

	DemoRecords(JdbcTemplate jdbc, YearRecordRepository records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/** Writes a record for every pupil now in a class of the current school year. */
	@Transactional
	int fill(long seed) {

		SplittableRandom random = new SplittableRandom(seed);
		List<YearRecord> filled = new ArrayList<>();
		List<Long> showcase = jdbc.queryForList(SHOWCASE_CLASS, Long.class);
		jdbc.query(CLASSES_OF_THE_YEAR, row -> {
			YearRecord record = new YearRecord(row.getLong("pupil_id"), row.getLong("school_year_id"),
					row.getLong("class_id"), row.getInt("grade"));
			new Pupil(random, record, showcase.contains(record.getClassId())).fill();
			filled.add(record);
		});
		records.saveAll(filled);

		LOG.info("Demo records written: {} pupils' end-of-year results (drafts).", filled.size());
		return filled.size();
	}

	/**
	 * A complete record of an earlier school year, drawn as the showcase class's are, and not stored: the demo's
	 * history in the registry ({@link DemoRegistryHistory}) keeps only its signed national XML.
	 */
	static YearRecord earlierYear(SplittableRandom random, long pupilId, long schoolYearId, long classId, int grade) {
		YearRecord record = new YearRecord(pupilId, schoolYearId, classId, grade);
		new Pupil(random, record, true).fill();
		return record;
	}

	/** One pupil's year, drawn around an ability that makes the levels, scores and comments agree. */
	private static final class Pupil {

		private final SplittableRandom random;

		private final YearRecord record;

		private final double ability;

		private final boolean struggling;

		private final boolean unfinished;

		/** The draws are made for every pupil, so that the showcase class changes no other class's results. */
		Pupil(SplittableRandom random, YearRecord record, boolean showcase) {
			this.random = random;
			this.record = record;
			boolean drawnStruggling = random.nextInt(50) == 0;
			boolean drawnUnfinished = !drawnStruggling && random.nextInt(30) == 0;
			this.struggling = drawnStruggling && !showcase;
			this.unfinished = drawnUnfinished && !showcase;
			this.ability = drawnStruggling ? (showcase ? 0 : -2.5) : showcase ? Math.max(-1.5, gaussian()) : gaussian();
		}

		void fill() {

			int grade = record.getGrade();
			record.recordHeight(measure(110 + 6 * grade, 5));
			record.recordWeight(measure(17 + 3.2 * grade, 3));
			record.recordAbsencesWithPermission(random.nextInt(100) < 70 ? random.nextInt(3) : random.nextInt(8));
			record.recordAbsencesWithoutPermission(random.nextInt(100) < 92 ? 0 : 1);

			GradeMatrix.subjectsOf(grade).stream().filter(offer -> !offer.elective()).forEach(this::assess);
			for (Trait trait : Trait.values()) {
				if (GradeMatrix.isRequired(trait, grade)) {
					record.assessTrait(trait, traitLevel());
				}
			}
			for (Trait.Block block : Trait.Block.values()) {
				List<String> comments = BLOCK_COMMENTS.get(block);
				record.commentBlock(block, comments.get(random.nextInt(comments.size())));
			}
			if (unfinished) {
				leaveGaps();
			}
			conclude(grade);
		}

		private void assess(GradeMatrix.Offer offer) {

			double performance = ability + 0.35 * gaussian();
			SubjectLevel level = performance > -0.4 ? SubjectLevel.COMPLETED_WELL
					: performance > -3.2 ? SubjectLevel.COMPLETED : SubjectLevel.NOT_COMPLETED;
			record.assessSubject(offer.subject(), level);
			if (offer.tested()) {
				long score = Math.round(8 + 1.1 * ability + 0.7 * gaussian());
				record.recordScore(offer.subject(), (int) Math.max(2, Math.min(10, score)));
			}
		}

		private TraitLevel traitLevel() {
			double conduct = ability + 0.35 * gaussian();
			if (conduct > -0.6) {
				return TraitLevel.GOOD;
			}
			return conduct > -3.0 ? TraitLevel.SATISFACTORY : TraitLevel.NEEDS_EFFORT;
		}

		/** What a busy teacher leaves out: a test score and a competency, which the checks then ask for. */
		private void leaveGaps() {
			record.recordScore(Subject.TOAN, null);
			record.assessTrait(Trait.TINH_TOAN, null);
		}

		/** The teacher's conclusion, where the record is whole enough for the rules to suggest one. */
		private void conclude(int grade) {
			record.suggestedResult().ifPresent(result -> {
				record.confirmResult(result, null);
				record.recordGradeCompletion(result.completesGrade());
				if (grade == GradeMatrix.LAST_GRADE) {
					record.recordPrimaryCompletion(result.completesGrade());
				}
				record.recordPromotion(result.completesGrade());
				commend(result);
				record.remark(REMARKS.get(result));
			});
		}

		private void commend(OverallResult result) {
			if (result == OverallResult.HTXS) {
				record.commend("Khen thưởng danh hiệu Học sinh Xuất sắc.");
			}
			else if (result == OverallResult.HTT && random.nextInt(3) == 0) {
				record.commend("Khen thưởng danh hiệu Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện.");
			}
		}

		private BigDecimal measure(double mean, double spread) {
			return BigDecimal.valueOf(Math.round((mean + spread * gaussian()) * 10), 1);
		}

		private double gaussian() {
			// Sum of twelve uniforms minus six: close enough to a normal draw, and deterministic per seed.
			double sum = 0;
			for (int i = 0; i < 12; i++) {
				sum += random.nextDouble();
			}
			return sum - 6;
		}

	}

}
