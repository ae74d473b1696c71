package vn.edu.hocbaso.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.edu.hocbaso.organisation.PersonName.InvalidPersonName;
import vn.edu.hocbaso.organisation.PersonalId.InvalidPersonalId;
import vn.edu.hocbaso.organisation.RegistrationRefused.Problem;
import vn.edu.hocbaso.schoolyear.SchoolYear;

/**
 * The rules a {@link Registration} must meet, field by field. The refusal of a personal ID that belongs to
 * someone else says nothing about that person.
 */
@Component
class RegistrationRules {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Pattern MINISTRY_CODE = Pattern.compile("[A-Za-z0-9]{1,20}");

	/** A pupil of grade g is normally 5+g to 7+g at the start of the year; repeaters and early starters aside. */
	private static final int YOUNGEST_BEYOND_GRADE = 4;

	private static final int OLDEST_BEYOND_GRADE = 10;

	private final PupilRepository pupils;

	private final EnrolmentRepository enrolments;

	private final Clock clock;

	RegistrationRules(PupilRepository pupils, EnrolmentRepository enrolments, Clock clock) {
		this.pupils = pupils;
		this.enrolments = enrolments;
		this.clock = clock;
	}

	List<Problem> check(Registration registration, SchoolClass schoolClass) {

		List<Problem> problems = new ArrayList<>();
		PupilIdentity identity = registration.identity();

		PersonalId personalId = personalId(identity, problems);
		PersonName name = name("fullName", identity.fullName(), "personName.invalid.", problems);
		guardians(registration, problems);
		birthDate(identity.birthDate(), schoolClass, problems);
		enrolmentDate(registration.enrolledOn(), schoolClass.getSchoolYear(), problems);
		if (PupilIdentity.nfc(registration.registrationNumber()) == null) {
			problems.add(new Problem("registrationNumber", "enrol.registrationNumber.blank"));
		}

		Optional<Pupil> existing = personalId == null ? Optional.empty()
				: pupils.findByPersonalId(personalId.value());
		existing.ifPresent(pupil -> transfer(pupil, name, registration, schoolClass, problems));
		ministryCode(PupilIdentity.nfc(identity.ministryCode()), existing, problems);

		return problems;
	}

	private static PersonalId personalId(PupilIdentity identity, List<Problem> problems) {
		try {
			PersonalId personalId = new PersonalId(identity.personalId());
			personalId.checkMatches(identity.sex(), identity.birthDate());
			return personalId;
		}
		catch (InvalidPersonalId ex) {
			problems.add(new Problem("personalId", ex.messageKey()));
			return null;
		}
	}

	private static PersonName name(String field, String text, String keyPrefix, List<Problem> problems) {
		try {
			return new PersonName(text);
		}
		catch (InvalidPersonName ex) {
			problems.add(new Problem(field, keyPrefix + ex.reason()));
			return null;
		}
	}

	private static void guardians(Registration registration, List<Problem> problems) {

		List<String> fields = List.of("fatherName", "motherName", "guardianName");
		List<String> names = List.of(blankAsEmpty(registration.fatherName()), blankAsEmpty(registration.motherName()),
				blankAsEmpty(registration.guardianName()));

		if (names.stream().allMatch(String::isBlank)) {
			problems.add(new Problem("fatherName", "enrol.guardians.required"));
		}
		for (int i = 0; i < fields.size(); i++) {
			if (!names.get(i).isBlank()) {
				name(fields.get(i), names.get(i), "enrol." + fields.get(i) + ".", problems);
			}
		}
	}

	private void birthDate(LocalDate birthDate, SchoolClass schoolClass, List<Problem> problems) {
		if (birthDate == null) {
			problems.add(new Problem("birthDate", "enrol.birthDate.blank"));
			return;
		}
		if (birthDate.isAfter(LocalDate.now(clock.withZone(VIETNAM)))) {
			problems.add(new Problem("birthDate", "enrol.birthDate.future"));
			return;
		}
		int age = Period.between(birthDate, schoolClass.getSchoolYear().getStartsOn()).getYears();
		int grade = schoolClass.getGrade();
		if (age < grade + YOUNGEST_BEYOND_GRADE || age > grade + OLDEST_BEYOND_GRADE) {
			problems.add(new Problem("birthDate", "enrol.birthDate.grade"));
		}
	}

	private static void enrolmentDate(LocalDate date, SchoolYear year, List<Problem> problems) {
		if (date == null) {
			problems.add(new Problem("enrolledOn", "enrol.enrolledOn.blank"));
		}
		else if (date.isBefore(year.getStartsOn()) || date.isAfter(year.getEndsOn())) {
			problems.add(new Problem("enrolledOn", "enrol.enrolledOn.outsideYear"));
		}
	}

	/** The same person moving in; anyone else with this number is refused without a word about who it is. */
	private void transfer(Pupil pupil, PersonName name, Registration registration, SchoolClass schoolClass,
			List<Problem> problems) {

		if (name == null || !pupil.isSamePerson(name, registration.identity().birthDate())) {
			problems.add(new Problem("personalId", "enrol.personalId.taken"));
			return;
		}

		Optional<Enrolment> current = enrolments.findCurrentOfPupil(pupil.getId());
		if (current.isEmpty()) {
			return;
		}
		if (current.get().getSchoolClass().getId().equals(schoolClass.getId())) {
			problems.add(new Problem("personalId", "enrol.personalId.alreadyInClass"));
		}
		else if (registration.enrolledOn() != null
				&& !registration.enrolledOn().isAfter(current.get().getEnrolledOn())) {
			problems.add(new Problem("enrolledOn", "enrol.enrolledOn.beforeCurrent"));
		}
	}

	private void ministryCode(String code, Optional<Pupil> existing, List<Problem> problems) {
		if (code == null) {
			return;
		}
		if (!MINISTRY_CODE.matcher(code).matches()) {
			problems.add(new Problem("ministryCode", "enrol.ministryCode.format"));
			return;
		}
		Optional<Pupil> holder = pupils.findByMinistryCode(code);
		if (holder.isPresent() && !holder.map(Pupil::getId).equals(existing.map(Pupil::getId))) {
			problems.add(new Problem("ministryCode", "enrol.ministryCode.taken"));
		}
	}

	private static String blankAsEmpty(String text) {
		return text == null ? "" : text;
	}

}
