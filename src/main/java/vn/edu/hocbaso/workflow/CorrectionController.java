package vn.edu.hocbaso.workflow;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.RecordCorrection.Kind;
import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;
import vn.edu.hocbaso.signing.SignatureRefused;
import vn.edu.hocbaso.submission.CorrectionAnswer;

/**
 * The page to correct one record: shows its state and lookup code and offers what the school may ask for now
 * (withdraw or replace before the lock, a revocation request after it), with a required reason. Only the clerk
 * and the board of the record's school open it; anyone else gets 403. A refused request shows why and starts
 * nothing; a second click of the same request is refused the same way. A request that goes to the registry (the
 * withdrawal of an accepted record, a revocation request) is sealed with the school's issue key, so it asks the
 * clerk, who holds that key, for her key password: a wrong one is refused and nothing is stored or sent. The
 * reason is checked before anything is sealed (required, at most the registry's 500 characters, counted as the
 * registry counts them) and a bad one is shown at the reason box; a refused request keeps the kind and reason
 * chosen. After a request the page says where it stands at the registry (sent and pending, not
 * received yet and sent again automatically, or refused with the reason), and it says why the last request ended
 * when it ended refused or stopped.
 */
@Controller
@RequestMapping("/records/{recordId}/correction")
class CorrectionController {

	private static final String PAGE = "correction/show";

	/** Refusals about the reason itself: shown at the reason box. */
	private static final Set<String> REASON_REFUSALS = Set.of("record.approval.reasonRequired",
			"record.approval.reasonTooLong", "record.correction.reasonTooLong");

	private final RecordCorrections corrections;

	private final RecordCorrectionProcesses processes;

	private final AccessScopes scopes;

	private final IdentityService identity;

	private final MessageSource messages;

	CorrectionController(RecordCorrections corrections, RecordCorrectionProcesses processes, AccessScopes scopes,
			IdentityService identity, MessageSource messages) {
		this.corrections = corrections;
		this.processes = processes;
		this.scopes = scopes;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long recordId, Model model) {
		return page(recordInScope(recordId), null, "", model);
	}

	@PostMapping
	String request(@PathVariable long recordId, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "keyPassword", required = false) String keyPassword, Model model, Locale locale,
			RedirectAttributes redirect) {

		RecordCorrections.Overview record = recordInScope(recordId);
		CurrentUser user = scopes.currentUser();
		Kind chosen = kindOf(kind);
		if (chosen == null) {
			return page(record, messages.getMessage("correction.kindRequired", null, locale), reason, model);
		}

		// A refused request shows the page again as it was filled in: the kind chosen and the reason.
		model.addAttribute("chosenKind", chosen);
		RecordCorrectionProcesses.Started started;
		try {
			identity.setAuthenticatedUserId(user.getUsername());
			started = processes.start(recordId, chosen, user.getStaffId(), reason == null ? "" : reason,
					keyPassword == null ? null : keyPassword.toCharArray());
		}
		catch (ApprovalRefused refused) {
			if (REASON_REFUSALS.contains(refused.getMessageKey())) {
				model.addAttribute("reasonError", messages.getMessage(refused, locale));
				return page(corrections.overview(recordId), null, reason, model);
			}
			return page(corrections.overview(recordId), messages.getMessage(refused, locale), reason, model);
		}
		catch (SignatureRefused refused) {
			return page(corrections.overview(recordId),
					messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale), reason, model);
		}
		finally {
			identity.clearAuthentication();
		}

		flash(chosen, started.registry(), redirect);
		return "redirect:/records/" + recordId + "/correction";
	}

	/**
	 * What the page says after the request, truthfully: done, sent and pending the department's decision,
	 * sealed but not received by the registry yet (the scheduled sender sends it again), or refused with the
	 * registry's reason (the request ended; a new one may be made).
	 */
	private static void flash(Kind kind, CorrectionAnswer registry, RedirectAttributes redirect) {

		String key = "correction.started." + kind.name();
		String alert = "info";
		if (registry != null && registry.outcome() == CorrectionAnswer.Outcome.NOT_RECEIVED) {
			key = "correction.started.notReceived." + kind.name();
			alert = "info";
		}
		else if (registry != null && registry.outcome() == CorrectionAnswer.Outcome.PENDING) {
			key = "correction.started.sent." + kind.name();
		}
		else if (registry != null && registry.outcome() == CorrectionAnswer.Outcome.REFUSED) {
			key = "correction.started.refused." + kind.name();
			alert = "error";
		}

		redirect.addFlashAttribute("started", key);
		redirect.addFlashAttribute("startedDetail", registry == null ? null : registry.reason());
		redirect.addFlashAttribute("startedAlert", alert);
	}

	private String page(RecordCorrections.Overview record, String refusal, String reason, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("refusal", refusal);
		model.addAttribute("reason", reason);
		model.addAttribute("running", processes.isRunning(record.recordId()));
		model.addAttribute("maxReason", RecordCorrections.MAX_REASON);
		return PAGE;
	}

	/** The record, if the signed-in user runs its school; 404 for no such record, 403 for another school's. */
	private RecordCorrections.Overview recordInScope(long recordId) {

		RecordCorrections.Overview record;
		try {
			record = corrections.overview(recordId);
		}
		catch (IllegalArgumentException missing) {
			throw new NoSuchRecord(recordId);
		}
		if (!runsSchool(scopes.currentUser(), record.schoolId())) {
			throw new OutOfSchool(recordId);
		}
		return record;
	}

	/** The school's clerk, principal or vice principal. */
	static boolean runsSchool(CurrentUser user, long schoolId) {
		boolean office = user.hasRole(Role.SCHOOL_CLERK) || user.hasRole(Role.PRINCIPAL)
				|| user.hasRole(Role.VICE_PRINCIPAL);
		return office && user.getScope().schoolIds().contains(schoolId);
	}

	private static Kind kindOf(String kind) {
		try {
			return kind == null ? null : Kind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class OutOfSchool extends RuntimeException {

		private static final long serialVersionUID = 1L;

		OutOfSchool(long recordId) {
			super("Record " + recordId + " belongs to a school the user does not run");
		}

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NoSuchRecord extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NoSuchRecord(long recordId) {
			super("No record " + recordId);
		}

	}

}
