package vn.edu.hocbaso.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import vn.edu.hocbaso.schoolyear.SchoolYear;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The department's registry pages: {@code /registry}, per school of the department the current school year's
 * records by state, the latest transactions and the revocations waiting; {@code /registry/revocations}, those
 * requests with approve and refuse (reason required) buttons; {@code /registry/schools/{schoolId}}, a school's
 * records of the year (by state with {@code ?status=}); {@code /registry/transactions/{id}}, a transaction with the
 * records it brought or named; {@code /registry/records/{lookupCode}}, one record
 * with what it replaces or was superseded by, its transaction, hash and lock. Department officers and
 * administrators only (anyone else 403); a record of another department's school reads as not found.
 */
@Controller
@RequestMapping("/registry")
class RegistryPageController {

	private static final String REVOCATIONS = "registry/revocations";

	/** A school's list shows this many records at most; a school has a few hundred pupils a year. */
	static final int SCHOOL_RECORDS = 2000;

	private final RegistryOverview overview;

	private final RegistryRevocations revocations;

	private final SchoolYearRepository years;

	private final AccessScopes scopes;

	private final Clock clock;

	RegistryPageController(RegistryOverview overview, RegistryRevocations revocations, SchoolYearRepository years,
			AccessScopes scopes, Clock clock) {
		this.overview = overview;
		this.revocations = revocations;
		this.years = years;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping
	String overview(Model model) {

		long departmentId = departmentId();
		SchoolYear year = currentYear();

		model.addAttribute("year", year);
		model.addAttribute("schools", overview.schools(departmentId, year.getId()));
		model.addAttribute("transactions", overview.latestTransactions(departmentId));
		model.addAttribute("pending", overview.pendingRevocations(departmentId));
		model.addAttribute("decisions", false);
		return "registry/index";
	}

	@GetMapping("/revocations")
	String revocations(Model model) {
		model.addAttribute("pending", overview.pendingRevocations(departmentId()));
		model.addAttribute("decisions", true);
		return REVOCATIONS;
	}

	@PostMapping("/revocations/{lookupCode}/approve")
	String approve(@PathVariable UUID lookupCode, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return decide(lookupCode, true, null, model, redirect, response);
	}

	@PostMapping("/revocations/{lookupCode}/refuse")
	String refuse(@PathVariable UUID lookupCode, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return decide(lookupCode, false, reason, model, redirect, response);
	}

	/** A school's records of the current year, in one state or all (an unknown state shows all). */
	@GetMapping("/schools/{schoolId}")
	String school(@PathVariable long schoolId, @RequestParam(required = false) String status, Model model) {

		long departmentId = departmentId();
		RegistryOverview.SchoolName school = overview.school(schoolId, departmentId).orElseThrow(NotFound::new);
		SchoolYear year = currentYear();
		RegistryRecordStatus state = status(status);
		List<RegistryOverview.RecordRow> records = overview.recordsOfSchool(schoolId, year.getId(), state,
				SCHOOL_RECORDS + 1);

		model.addAttribute("year", year);
		model.addAttribute("school", school);
		model.addAttribute("status", state);
		model.addAttribute("statuses", RegistryRecordStatus.values());
		model.addAttribute("records", records.subList(0, Math.min(records.size(), SCHOOL_RECORDS)));
		model.addAttribute("more", records.size() > SCHOOL_RECORDS);
		return "registry/school";
	}

	/** A transaction of one of the department's schools, with the records it brought or named. */
	@GetMapping("/transactions/{transactionId}")
	String transaction(@PathVariable long transactionId, Model model) {
		model.addAttribute("transaction", overview.transaction(transactionId, departmentId())
			.orElseThrow(NotFound::new));
		model.addAttribute("records", overview.recordsOfTransaction(transactionId));
		return "registry/transaction";
	}

	@GetMapping("/records/{lookupCode}")
	String record(@PathVariable UUID lookupCode, Model model) {
		model.addAttribute("record", overview.record(lookupCode, departmentId()).orElseThrow(NotFound::new));
		return "registry/record";
	}

	private String decide(UUID lookupCode, boolean approve, String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {

		CurrentUser user = user();
		long departmentId = user.getScope().departmentId();
		overview.record(lookupCode, departmentId).orElseThrow(NotFound::new);
		try {
			revocations.decide(lookupCode, approve, reason, user.getStaffId());
		}
		catch (RevocationDecisionRefused refused) {
			// The page again with why, the typed reason kept; nothing was decided.
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("refusal", refused.getMessageKey());
			model.addAttribute("refusedCode", lookupCode);
			model.addAttribute("reason", reason);
			model.addAttribute("pending", overview.pendingRevocations(departmentId));
			model.addAttribute("decisions", true);
			return REVOCATIONS;
		}

		redirect.addFlashAttribute("decided", approve ? "registry.page.approved" : "registry.page.refused");
		redirect.addFlashAttribute("decidedCode", lookupCode);
		return "redirect:/registry/revocations";
	}

	private SchoolYear currentYear() {
		return years.findCurrent(LocalDate.now(clock.withZone(RegistryOverview.VIETNAM))).orElseThrow(NotFound::new);
	}

	private static RegistryRecordStatus status(String text) {
		return Arrays.stream(RegistryRecordStatus.values())
			.filter(status -> status.name().equals(text))
			.findFirst()
			.orElse(null);
	}

	private long departmentId() {
		return user().getScope().departmentId();
	}

	/** The signed-in officer or administrator of the department; anyone else gets 403. */
	private CurrentUser user() {
		CurrentUser user = scopes.currentUser();
		if (!user.hasRole(Role.DEPARTMENT_OFFICER) && !user.hasRole(Role.ADMINISTRATOR)) {
			throw new NotDepartmentStaff();
		}
		return user;
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotDepartmentStaff extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotDepartmentStaff() {
			super("Only department officers and administrators see the registry pages");
		}

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

}
