package vn.edu.hocbaso.browser;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.edu.hocbaso.organisation.PupilRegistration;

/**
 * The rules that span fields or need the database (the personal ID against sex and birth year, the age for the
 * grade, a transfer's name and birth date), asked of {@link PupilRegistration} so that the form and the save
 * apply the same ones. A field that already failed a simpler check keeps that one message.
 */
class EnrolmentFormValidator implements Validator {

	private final PupilRegistration registration;

	private final Long classId;

	EnrolmentFormValidator(PupilRegistration registration, Long classId) {
		this.registration = registration;
		this.classId = classId;
	}

	@Override
	public boolean supports(Class<?> type) {
		return EnrolmentForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		registration.check(((EnrolmentForm) target).toRegistration(classId))
			.stream()
			.filter(problem -> !errors.hasFieldErrors(problem.field()))
			.forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey()));
	}

}
