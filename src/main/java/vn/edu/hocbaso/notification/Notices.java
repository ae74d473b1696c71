package vn.edu.hocbaso.notification;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.edu.hocbaso.organisation.Role;

/**
 * In-app notices: reminders before close-off, returns, rejections. A notice names a message key and its
 * arguments, so that each reader sees it in her language.
 * SKELETON: helper "tasklist" builds the bodies and shows notices on the home page.
 */
@Service
public class Notices {

	/** To everyone with one of the roles at the school (for the homeroom teacher: of the class). */
	public void toSchool(long schoolId, List<Role> roles, String messageKey, List<String> arguments) {
		throw new UnsupportedOperationException("not built yet");
	}

	public void toHomeroomTeacher(long classId, String messageKey, List<String> arguments) {
		throw new UnsupportedOperationException("not built yet");
	}

	public void toDepartment(long departmentId, String messageKey, List<String> arguments) {
		throw new UnsupportedOperationException("not built yet");
	}

}
