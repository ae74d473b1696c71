package vn.edu.hocbaso.submission;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The clerk's view of her school's outbox to the registry ({@code /submissions}): each transaction with its
 * message id, what it is, when it was sealed and sent, where it stands and the registry's answer. The school's
 * clerk and board see it; anyone else gets 403.
 */
@Controller
class SubmissionController {

	private static final int SHOWN = 200;

	private final RegistrySubmissions submissions;

	private final AccessScopes scopes;

	SubmissionController(RegistrySubmissions submissions, AccessScopes scopes) {
		this.submissions = submissions;
		this.scopes = scopes;
	}

	/** A transaction as the page lists it, times in Vietnam's time. */
	record Row(Submission submission, LocalDateTime preparedAt, LocalDateTime sentAt,
			LocalDateTime answeredAt) {
	}

	@GetMapping("/submissions")
	String list(Model model) {

		CurrentUser user = scopes.currentUser();
		boolean office = user.hasRole(Role.SCHOOL_CLERK) || user.hasRole(Role.PRINCIPAL)
				|| user.hasRole(Role.VICE_PRINCIPAL);
		if (!office || user.getScope().schoolIds().isEmpty()) {
			throw new NotTheSchoolOffice();
		}
		List<Row> rows = user.getScope().schoolIds().stream().sorted()
			.flatMap(schoolId -> submissions.ofSchool(schoolId, SHOWN).stream())
			.map(submission -> new Row(submission, ClassSubmissions.local(submission.preparedAt()),
					ClassSubmissions.local(submission.sentAt()), ClassSubmissions.local(submission.answeredAt())))
			.toList();

		model.addAttribute("rows", rows);
		return "submissions/list";
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotTheSchoolOffice extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotTheSchoolOffice() {
			super("Only a school's clerk and board see its submissions");
		}

	}

}
