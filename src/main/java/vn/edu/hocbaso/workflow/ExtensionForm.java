package vn.edu.hocbaso.workflow;

import vn.edu.hocbaso.schoolyear.CloseOff;
import vn.edu.hocbaso.schoolyear.DeadlineRefused;

/** An extension as the deadlines page posts it: the school, which close-off, the new day, why. */
record ExtensionForm(Long schoolId, String closeOff, String extendedUntil, String reason) {

	static ExtensionForm empty() {
		return new ExtensionForm(null, CloseOff.MAIN.name(), "", "");
	}

	CloseOff closeOffKind() {
		try {
			return CloseOff.valueOf(closeOff);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new DeadlineRefused("deadlines.form.closeOffMissing");
		}
	}

	long school() {
		if (schoolId == null) {
			throw new DeadlineRefused("deadlines.form.schoolMissing");
		}
		return schoolId;
	}

}
