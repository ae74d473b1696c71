package vn.edu.hocbaso.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.signing.BatchProgress;
import vn.edu.hocbaso.signing.BatchRequest;
import vn.edu.hocbaso.signing.BatchSigning;
import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.SigningCertificate;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.workflow.ClassBooks;

/**
 * A fixture school whose class 4A goes through its book as its people would: records prepared, the homeroom
 * teacher's and the principal's batches signed with keys on the server, and the clerk's batch of issue
 * signatures (key password {@link #PASSWORD}) that seals the class's transaction to the registry.
 */
@Component
class SubmittingSchool {

	static final String PASSWORD = "Mat-khau-2027";

	private final BatchSigning batches;

	private final CertificateAuthority authority;

	private final RecordManagement management;

	private final ClassBooks classBooks;

	private final TaskService tasks;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	SubmittingSchool(BatchSigning batches, CertificateAuthority authority, RecordManagement management,
			ClassBooks classBooks, TaskService tasks, JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.batches = batches;
		this.authority = authority;
		this.management = management;
		this.classBooks = classBooks;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** One school's class on its way: the records of its pupils, the people who sign and their certificates. */
	final class Walk {

		final OrganisationFixture org = new OrganisationFixture(jdbc, encoder);

		final long classId = org.schoolA.class4a;

		final long teacher = org.staffId(org.schoolA.homeroomTeacher);

		final long principal = org.staffId(org.schoolA.principal);

		final long clerk = org.staffId(org.schoolA.clerk);

		final List<Long> recordIds = new ArrayList<>();

		final List<Long> pupilIds = new ArrayList<>();

		/** The class book waits for the clerk: its records signed by the teacher and the principal. */
		Walk signedByPrincipal(int pupils) {

			prepared(pupils);
			authority.issueForStaff(teacher, CertificateRole.TEACHER, PASSWORD.toCharArray());
			authority.issueForStaff(principal, CertificateRole.PRINCIPAL, PASSWORD.toCharArray());
			SigningCertificate school = authority.requestSchoolCertificate(org.schoolA.id, PASSWORD.toCharArray());
			authority.approveRegistration(school.getId());
			run(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES, classId);
			run(principal, CertificateRole.PRINCIPAL, BatchRequest.Scope.SCHOOL, org.schoolA.id);
			assertThat(classBooks.currentStep(classId)).hasValue("Task_IssueAndSubmitClass");
			return this;
		}

		/** The class's records complete and its book past preparation, nobody signed yet. */
		Walk prepared(int pupils) {

			for (int i = 0; i < pupils; i++) {
				pupilIds.add(org.pupil(classId, "Nguyễn Văn Nộp " + (char) ('A' + i)));
			}
			for (YearRecord record : management.openClass(classId, teacher)) {
				YearRecord changed = management.change(record.getId(), record.getVersion(), teacher,
						FilledRecords::completing);
				management.markComplete(changed.getId(), changed.getVersion(), teacher);
				recordIds.add(record.getId());
			}
			classBooks.open(classId);
			Task preparation = tasks.createTaskQuery().processInstanceBusinessKey(book()).singleResult();
			tasks.complete(preparation.getId(), Map.of("actorStaffId", teacher));
			return this;
		}

		/** The clerk adds the school's issue signature to the class in one batch with her password. */
		BatchProgress clerkSigns() {
			return run(clerk, CertificateRole.SCHOOL_ISSUE, BatchRequest.Scope.SCHOOL, org.schoolA.id);
		}

		/** The people sign chosen records (a replacement) in order: teacher, principal, clerk. */
		void signRecordThrough(long recordId) {
			run(teacher, CertificateRole.TEACHER, BatchRequest.Scope.RECORDS, recordId);
			run(principal, CertificateRole.PRINCIPAL, BatchRequest.Scope.RECORDS, recordId);
			run(clerk, CertificateRole.SCHOOL_ISSUE, BatchRequest.Scope.RECORDS, recordId);
		}

		String book() {
			return "class-" + classId;
		}

		private BatchProgress run(long staffId, CertificateRole role, BatchRequest.Scope scope, long id) {
			BatchProgress progress = batches.run(new BatchRequest(staffId, role, scope, List.of(id), null,
					PASSWORD.toCharArray()));
			assertThat(progress.skipped()).isEmpty();
			return progress;
		}

	}

	Walk walk() {
		return new Walk();
	}

}
