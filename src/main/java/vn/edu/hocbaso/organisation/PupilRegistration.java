package vn.edu.hocbaso.organisation;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.RegistrationRefused.Problem;

/**
 * Enrols pupils in classes (tiếp nhận học sinh): a new pupil with her guardians, or a pupil of another class who
 * keeps her one identity, keyed on the personal ID, and whose study history gains a row. Everything of one
 * registration is saved in one transaction, or nothing.
 */
@Service
public class PupilRegistration {

	private static final Logger LOG = LoggerFactory.getLogger(PupilRegistration.class);

	private final SchoolClassRepository classes;

	private final PupilRepository pupils;

	private final EnrolmentRepository enrolments;

	private final RegistrationRules rules;

	PupilRegistration(SchoolClassRepository classes, PupilRepository pupils, EnrolmentRepository enrolments,
			RegistrationRules rules) {
		this.classes = classes;
		this.pupils = pupils;
		this.enrolments = enrolments;
		this.rules = rules;
	}

	/** Every problem that would refuse the registration; empty when it can be saved. */
	@Transactional(readOnly = true)
	public List<Problem> check(Registration registration) {
		return rules.check(registration, schoolClass(registration.classId()));
	}

	/**
	 * Enrols the pupil.
	 *
	 * @throws RegistrationRefused when any field is wrong; nothing is saved then
	 */
	@Transactional
	public Registered register(Registration registration) {

		SchoolClass schoolClass = schoolClass(registration.classId());
		List<Problem> problems = rules.check(registration, schoolClass);
		if (!problems.isEmpty()) {
			throw new RegistrationRefused(problems);
		}

		String personalId = new PersonalId(registration.identity().personalId()).value();
		Registered registered = pupils.findByPersonalId(personalId)
			.map(pupil -> transferIn(pupil, registration, schoolClass))
			.orElseGet(() -> enrolNew(registration, schoolClass));

		LOG.info("Enrolled pupil {} in class {} ({}).", registered.pupilId(), registered.classId(),
				registered.transfer() ? "transfer in" : "new pupil");
		return registered;
	}

	private Registered enrolNew(Registration registration, SchoolClass schoolClass) {

		Pupil pupil = new Pupil(registration.identity());
		addGuardian(pupil, Guardian.Relation.FATHER, registration.fatherName());
		addGuardian(pupil, Guardian.Relation.MOTHER, registration.motherName());
		addGuardian(pupil, Guardian.Relation.GUARDIAN, registration.guardianName());

		// Inserted at once (identity ids), so the ministry code can be built from the id.
		pupils.save(pupil);
		if (!pupil.hasMinistryCode()) {
			pupil.assignMinistryCode(schoolClass.getSchool().getUnit().getDepartment().getCode());
		}
		enrol(pupil, registration, schoolClass);

		return new Registered(pupil.getId(), schoolClass.getId(), pupil.getFullName(), schoolClass.getName(), false);
	}

	private Registered transferIn(Pupil pupil, Registration registration, SchoolClass schoolClass) {

		LocalDate enrolledOn = registration.enrolledOn();
		enrolments.findCurrentOfPupil(pupil.getId()).ifPresent(current -> current.leave(enrolledOn.minusDays(1)));
		// At most one open stay per pupil, checked by the database: the old one must be closed before the insert.
		enrolments.flush();
		enrol(pupil, registration, schoolClass);

		return new Registered(pupil.getId(), schoolClass.getId(), pupil.getFullName(), schoolClass.getName(), true);
	}

	private void enrol(Pupil pupil, Registration registration, SchoolClass schoolClass) {
		enrolments.save(new Enrolment(pupil, schoolClass, PupilIdentity.nfc(registration.registrationNumber()),
				registration.enrolledOn()));
	}

	private static void addGuardian(Pupil pupil, Guardian.Relation relation, String name) {
		if (name != null && !name.isBlank()) {
			pupil.addGuardian(relation, new PersonName(name), null);
		}
	}

	private SchoolClass schoolClass(Long id) {
		return classes.findWithSchoolById(id)
			.orElseThrow(() -> new IllegalArgumentException("Class " + id + " does not exist"));
	}

}
