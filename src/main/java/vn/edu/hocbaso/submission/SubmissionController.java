package vn.edu.hocbaso.submission;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The clerk's view of her school's outbox to the registry ({@code /submissions}): each transaction with its
 * message id, what it is, when it was sealed and sent, where it stands and the registry's answer, and each sealed
 * transaction as the school sent it (its JSON, which the registry answers again by its message id: what a school
 * keeps as proof of what it sent). The school's clerk and board see it; anyone else gets 403.
 */
@Controller
class SubmissionController {

	private static final int SHOWN = 200;

	private final RegistrySubmissions submissions;

	private final SubmissionOutbox outbox;

	private final AccessScopes scopes;

	SubmissionController(RegistrySubmissions submissions, SubmissionOutbox outbox, AccessScopes scopes) {
		this.submissions = submissions;
		this.outbox = outbox;
		this.scopes = scopes;
	}

	/** A transaction as the page lists it, times in Vietnam's time. */
	record Row(Submission submission, LocalDateTime preparedAt, LocalDateTime sentAt,
			LocalDateTime answeredAt) {
	}

	@GetMapping("/submissions")
	String list(Model model) {

		CurrentUser user = schoolOffice();
		List<Row> rows = user.getScope().schoolIds().stream().sorted()
			.flatMap(schoolId -> submissions.ofSchool(schoolId, SHOWN).stream())
			.map(submission -> new Row(submission, ClassSubmissions.local(submission.preparedAt()),
					ClassSubmissions.local(submission.sentAt()), ClassSubmissions.local(submission.answeredAt())))
			.toList();

		model.addAttribute("rows", rows);
		return "submissions/list";
	}

	@GetMapping("/submissions/{id}/request.json")
	ResponseEntity<String> request(@PathVariable long id) {

		CurrentUser user = schoolOffice();
		Submission submission = submissions.find(id)
			.filter(found -> user.getScope().schoolIds().contains(found.schoolId()))
			.orElseThrow(NoSuchSubmission::new);

		String file = "giao-dich-" + submission.messageId() + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(outbox.requestJson(id));
	}

	private CurrentUser schoolOffice() {
		CurrentUser user = scopes.currentUser();
		boolean office = user.hasRole(Role.SCHOOL_CLERK) || user.hasRole(Role.PRINCIPAL)
				|| user.hasRole(Role.VICE_PRINCIPAL);
		if (!office || user.getScope().schoolIds().isEmpty()) {
			throw new NotTheSchoolOffice();
		}
		return user;
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotTheSchoolOffice extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotTheSchoolOffice() {
			super("Only a school's clerk and board see its submissions");
		}

	}

	/** Not one of the user's school's transactions; whether it exists elsewhere is not told. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NoSuchSubmission extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NoSuchSubmission() {
			super("No such submission of the user's school");
		}

	}

}
