package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.TestSignatures;

/**
 * What the tests of a record's steps (approvals, signatures, corrections) start from: school A's class 4A with its
 * homeroom teacher, principal and clerk, records of its pupils opened, filled in or ready for the steps, and a
 * step's refusal checked by its message key.
 */
@SpringBootTest
abstract class RecordStepsTestSupport {

	@Autowired
	TestSignatures signatures;

	@Autowired
	RecordApprovals approvals;

	@Autowired
	RecordManagement management;

	@Autowired
	YearRecordRepository records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	OrganisationFixture org;

	long teacher;

	long principal;

	long clerk;

	long classId;

	@BeforeEach
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		teacher = staffId(org.schoolA.homeroomTeacher);
		principal = staffId(org.schoolA.principal);
		clerk = staffId(org.schoolA.clerk);
		classId = org.schoolA.class4a;
	}

	/** A new pupil of 4A with the record the homeroom teacher opened for them. */
	YearRecord opened(String name) {
		long pupilId = org.pupil(classId, name);
		return management.open(pupilId, classId, teacher);
	}

	/** The record filled in completely ({@link SampleRecords#complete(YearRecord)}), still a draft. */
	YearRecord filled(String name) {
		YearRecord opened = opened(name);
		return management.change(opened.getId(), opened.getVersion(), teacher, SampleRecords::complete);
	}

	/** The filled record marked complete by the teacher: ready for the steps. */
	long prepared(String name) {
		YearRecord filled = filled(name);
		return management.markComplete(filled.getId(), filled.getVersion(), teacher).getId();
	}

	/** The step is refused with this message key, and the message is a text, not the key. */
	ApprovalRefused assertRefused(Runnable step, String messageKey) {
		try {
			step.run();
		}
		catch (ApprovalRefused refused) {
			assertThat(refused.getMessageKey()).isEqualTo(messageKey);
			assertThat(messages.getMessage(refused, Locale.ENGLISH)).doesNotContain("record.");
			return refused;
		}
		throw new AssertionError("Expected " + messageKey + " but the step was taken");
	}

	/** The record's state changes in order: old state, new state, who. */
	List<Tuple> stateHistory(long recordId) {
		return management.history(recordId).stream()
			.filter(row -> row.getField().equals(RecordField.STATE))
			.map(row -> tuple(row.getOldValue(), row.getNewValue(), row.getStaffId()))
			.toList();
	}

	RecordState stateOf(long recordId) {
		return records.findById(recordId).orElseThrow().getState();
	}

	long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

}
