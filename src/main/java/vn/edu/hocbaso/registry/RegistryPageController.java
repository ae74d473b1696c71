package vn.edu.hocbaso.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.schoolyear.SchoolYear;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The department's registry pages: {@code /registry}, per school of the department a school year's records by
 * state (the current year, or {@code ?year=} its start year), the latest transactions and the revocations
 * waiting; {@code /registry/revocations}, those requests with approve and refuse (reason required) buttons;
 * {@code /registry/schools/{schoolId}}, a school's records of a year (the same {@code ?year=}; by state with
 * {@code ?status=}); {@code /registry/transactions/{id}}, a transaction with the registry's answer for each
 * record it brought or named (its function too when it is a withdrawal or revocation request);
 * {@code /registry/records/{lookupCode}}, one record with its school year and class, what it replaces, was
 * superseded by or re-issued as, its transaction, hash and lock. An unknown year or state is answered 400 with
 * the choices, leading back to the same page. Department officers and administrators only (anyone
 * else 403); a record of another department's school reads as not found.
 */
@Controller
@RequestMapping("/registry")
class RegistryPageController {

	private static final String REVOCATIONS = "registry/revocations";

	/** The address of a school's records page; a refused choice there leads back to it. */
	private static final Pattern SCHOOL_PAGE = Pattern.compile("/registry/schools/\\d{1,18}");

	/** A refused choice is shown back to the officer up to this length. */
	private static final int SHOWN_CHOICE = 40;

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
	String overview(@RequestParam(required = false) String year, Model model) {

		long departmentId = departmentId();
		SchoolYear shown = year(year);

		model.addAttribute("year", shown);
		model.addAttribute("years", allYears());
		model.addAttribute("schools", overview.schools(departmentId, shown.getId()));
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

	/** A school's records of a year (the current one unless chosen), in one state or all. */
	@GetMapping("/schools/{schoolId}")
	String school(@PathVariable long schoolId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String status, Model model) {

		long departmentId = departmentId();
		RegistryOverview.SchoolName school = overview.school(schoolId, departmentId).orElseThrow(NotFound::new);
		SchoolYear shown = year(year);
		RegistryRecordStatus state = status(status);
		List<RegistryOverview.RecordRow> records = overview.recordsOfSchool(schoolId, shown.getId(), state,
				SCHOOL_RECORDS + 1);

		model.addAttribute("year", shown);
		model.addAttribute("years", allYears());
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
		RegistryOverview.TransactionRow transaction = overview.transaction(transactionId, departmentId())
			.orElseThrow(NotFound::new);
		model.addAttribute("transaction", transaction);
		model.addAttribute("answers", overview.answerOfTransaction(transaction));
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

	/**
	 * The page again with why the address was refused, and the years there are to choose from, each leading back
	 * to the same page; a school's page also lists its states, the overview has none to choose.
	 */
	@ExceptionHandler(UnknownChoice.class)
	ModelAndView unknownChoice(UnknownChoice refused, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean schoolPage = SCHOOL_PAGE.matcher(path).matches();

		ModelAndView page = new ModelAndView("registry/refused", HttpStatus.BAD_REQUEST);
		page.addObject("refusal", refused.messageKey);
		page.addObject("choice", refused.choice);
		page.addObject("years", allYears());
		page.addObject("path", schoolPage ? path : "/registry");
		page.addObject("statuses", schoolPage ? RegistryRecordStatus.values() : new RegistryRecordStatus[0]);
		return page;
	}

	/** The school year {@code ?year=} names by its start year, the current one when none is named. */
	private SchoolYear year(String startYear) {
		if (startYear == null || startYear.isBlank()) {
			return years.findCurrent(LocalDate.now(clock.withZone(RegistryOverview.VIETNAM)))
				.orElseThrow(NotFound::new);
		}
		try {
			return years.findByStartYear(Integer.parseInt(startYear.strip()))
				.orElseThrow(() -> new UnknownChoice("registry.page.unknownYear", startYear));
		}
		catch (NumberFormatException ex) {
			throw new UnknownChoice("registry.page.unknownYear", startYear);
		}
	}

	/** The state {@code ?status=} names, null (all states) when none is named. */
	private static RegistryRecordStatus status(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Arrays.stream(RegistryRecordStatus.values())
			.filter(status -> status.name().equals(text.strip()))
			.findFirst()
			.orElseThrow(() -> new UnknownChoice("registry.page.unknownStatus", text));
	}

	/** The school years there are, newest first. */
	private List<SchoolYear> allYears() {
		return years.findAll(Sort.by(Sort.Direction.DESC, "startYear"));
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

	/** A year or state in the address that does not exist; answered 400 by {@link #unknownChoice}. */
	static class UnknownChoice extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String messageKey;

		private final String choice;

		UnknownChoice(String messageKey, String choice) {
			super("Unknown choice for " + messageKey);
			this.messageKey = messageKey;
			this.choice = choice.length() > SHOWN_CHOICE ? choice.substring(0, SHOWN_CHOICE) + "…" : choice;
		}

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

}
