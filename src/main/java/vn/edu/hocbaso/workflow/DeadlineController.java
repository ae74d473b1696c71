package vn.edu.hocbaso.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.CalendarSettings;
import vn.edu.hocbaso.schoolyear.CloseOff;
import vn.edu.hocbaso.schoolyear.DeadlineExtension;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.DeadlineRefused;
import vn.edu.hocbaso.schoolyear.DeadlineSchedule;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.schoolyear.SchoolYear;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The department's deadlines page: the calendar of the current school year and the schools' extensions, in
 * Vietnam's time; a form to edit the calendar and one to extend a school's close-off. Each edit is shown first
 * with what it would move (waiting timers and open tasks by kind, old and new instant) and saved only when
 * confirmed. A refused form comes back with its values and why (422; 409 when someone saved meanwhile). Also
 * opens the school year (starts every school's process). Department officers and administrators only.
 */
@Controller
@RequestMapping("/deadlines")
class DeadlineController {

	private static final String PAGE = "deadlines/index";

	private static final String PREVIEW = "deadlines/preview";

	private static final String SAVED_MEANWHILE = "deadlines.refused.savedMeanwhile";

	private final CalendarManagement management;

	private final Deadlines deadlines;

	private final DeadlineTimers timers;

	private final SchoolYearProcesses processes;

	private final SchoolYearRepository years;

	private final SchoolRepository schools;

	private final AccessScopes scopes;

	private final Clock clock;

	DeadlineController(CalendarManagement management, Deadlines deadlines, DeadlineTimers timers,
			SchoolYearProcesses processes, SchoolYearRepository years, SchoolRepository schools, AccessScopes scopes,
			Clock clock) {
		this.management = management;
		this.deadlines = deadlines;
		this.timers = timers;
		this.processes = processes;
		this.years = years;
		this.schools = schools;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {

		SchoolYear year = currentYear();

		return page(year, currentCalendarForm(year), ExtensionForm.empty(), model);
	}

	@PostMapping("/calendar/preview")
	String previewCalendar(@ModelAttribute CalendarForm form, BindingResult binding, Model model,
			HttpServletResponse response) {

		SchoolYear year = currentYear();
		try {
			checkTyped(binding);
			CalendarSettings current = management.calendar(year.getId());
			CalendarSettings proposed = form.settings(current);
			management.checkCalendar(year.getId(), proposed);

			model.addAttribute("movements", movements(DeadlineSchedule.of(current, null, null),
					DeadlineSchedule.of(proposed, null, null), timers.count(year.getId(), Set.of())));
			addExtensionsAfter(year, current, proposed, model);
			return preview(year, "calendar", form, model);
		}
		catch (DeadlineRefused refused) {
			return refused(year, form, ExtensionForm.empty(), refused, model, response);
		}
	}

	@PostMapping("/calendar")
	String editCalendar(@ModelAttribute CalendarForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {

		SchoolYear year = currentYear();
		boolean changed;
		try {
			checkTyped(binding);
			CalendarSettings proposed = form.settings(management.calendar(year.getId()));
			changed = management.editCalendar(year.getId(), proposed, form.version(), user().getStaffId());
		}
		catch (DeadlineRefused refused) {
			return refused(year, form, ExtensionForm.empty(), refused, model, response);
		}
		catch (ConcurrencyFailureException overtaken) {
			return refused(year, form, ExtensionForm.empty(), new DeadlineRefused(SAVED_MEANWHILE), model, response);
		}

		redirect.addFlashAttribute("saved", changed ? "deadlines.saved.calendar" : "deadlines.saved.already");
		return "redirect:/deadlines";
	}

	@PostMapping("/extensions/preview")
	String previewExtension(@ModelAttribute ExtensionForm form, BindingResult binding, Model model,
			HttpServletResponse response) {

		SchoolYear year = currentYear();
		CalendarSettings settings = management.calendar(year.getId());
		try {
			checkTyped(binding);
			long schoolId = schoolOf(form);
			CloseOff closeOff = form.closeOffKind();
			Instant until = PageDates.closeOff(form.extendedUntil());
			management.checkExtension(year.getId(), schoolId, closeOff, until, form.reason());

			DeadlineSchedule before = deadlines.schedule(schoolId, year.getId());
			DeadlineSchedule after = closeOff == CloseOff.MAIN
					? DeadlineSchedule.of(settings, until, before.supplementaryCloseOff())
					: DeadlineSchedule.of(settings, before.mainCloseOff(), until);
			model.addAttribute("movements", movements(before, after, timers.count(year.getId(), Set.of(schoolId))));
			model.addAttribute("school", schools.findById(schoolId).orElseThrow());
			return preview(year, "extension", form, model);
		}
		catch (DeadlineRefused refused) {
			return refused(year, currentCalendarForm(year), form, refused, model, response);
		}
	}

	@PostMapping("/extensions")
	String grantExtension(@ModelAttribute ExtensionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {

		SchoolYear year = currentYear();
		boolean granted;
		try {
			checkTyped(binding);
			granted = management.grantExtension(year.getId(), schoolOf(form), form.closeOffKind(),
					PageDates.closeOff(form.extendedUntil()), form.reason(), user().getStaffId());
		}
		catch (DeadlineRefused refused) {
			return refused(year, currentCalendarForm(year), form, refused, model, response);
		}
		catch (ConcurrencyFailureException overtaken) {
			return refused(year, currentCalendarForm(year), form, new DeadlineRefused(SAVED_MEANWHILE), model,
					response);
		}

		redirect.addFlashAttribute("saved", granted ? "deadlines.saved.extension" : "deadlines.saved.already");
		return "redirect:/deadlines";
	}

	@PostMapping("/open-year")
	String openYear(RedirectAttributes redirect) {

		SchoolYear year = currentYear();
		int opened = processes.openYear(user().getScope().departmentId(), year.getId());

		redirect.addFlashAttribute("opened", opened);
		return "redirect:/deadlines";
	}

	private String page(SchoolYear year, CalendarForm calendarForm, ExtensionForm extensionForm, Model model) {

		CalendarSettings settings = management.calendar(year.getId());
		List<School> departmentSchools = schools.findByDepartment(user().getScope().departmentId());
		Map<Long, String> schoolNames = departmentSchools.stream()
			.collect(Collectors.toMap(School::getId, School::getName));

		model.addAttribute("year", year);
		model.addAttribute("calendar", settings);
		model.addAttribute("schedule", kinds(DeadlineSchedule.of(settings, null, null)));
		model.addAttribute("extensions", management.extensions(year.getId()).stream()
			.filter(extension -> schoolNames.containsKey(extension.getSchoolId()))
			.toList());
		model.addAttribute("schoolNames", schoolNames);
		model.addAttribute("schools", departmentSchools);
		model.addAttribute("calendarForm", calendarForm);
		model.addAttribute("extensionForm", extensionForm);
		model.addAttribute("audit", AuditLines.of(management.auditLog(year.getId())));

		return PAGE;
	}

	private String preview(SchoolYear year, String what, Object form, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("what", what);
		model.addAttribute("form", form);
		return PREVIEW;
	}

	/** The page again with the typed values and why: 422, or 409 when someone else's save came first. */
	private String refused(SchoolYear year, CalendarForm calendarForm, ExtensionForm extensionForm,
			DeadlineRefused refused, Model model, HttpServletResponse response) {

		response.setStatus(SAVED_MEANWHILE.equals(refused.getMessageKey()) ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("refusal", refused);

		return page(year, calendarForm, extensionForm, model);
	}

	private CalendarForm currentCalendarForm(SchoolYear year) {
		return CalendarForm.of(management.calendar(year.getId()), management.calendarVersion(year.getId()));
	}

	/**
	 * What the proposed calendar does to the extensions: one counts only while it is later than the calendar's
	 * date, so a calendar date moved past it makes the school follow the calendar (never an earlier date).
	 */
	private void addExtensionsAfter(SchoolYear year, CalendarSettings current, CalendarSettings proposed,
			Model model) {

		Map<Long, String> schoolNames = schoolNames();
		List<DeadlineExtension> ours = management.extensions(year.getId()).stream()
			.filter(extension -> schoolNames.containsKey(extension.getSchoolId()))
			.toList();

		model.addAttribute("extensionCount", ours.stream().filter(e -> e.isInForce(proposed)).count());
		model.addAttribute("lapsing", ours.stream()
			.filter(extension -> extension.isInForce(current) && !extension.isInForce(proposed))
			.toList());
		model.addAttribute("schoolNames", schoolNames);
		model.addAttribute("proposed", proposed);
	}

	private Map<Long, String> schoolNames() {
		return schools.findByDepartment(user().getScope().departmentId()).stream()
			.collect(Collectors.toMap(School::getId, School::getName));
	}

	/** Numbers and ids that are not numbers: the browser's fields prevent it, a hand-made post gets a message. */
	private static void checkTyped(BindingResult binding) {
		if (binding.hasErrors()) {
			throw new DeadlineRefused("deadlines.form.notANumber");
		}
	}

	/** The school must be one of the user's department. */
	private long schoolOf(ExtensionForm form) {

		long schoolId = form.school();
		Long departmentId = user().getScope().departmentId();
		boolean ours = schools.findWithUnitById(schoolId)
			.filter(school -> school.getUnit().getDepartment().getId().equals(departmentId))
			.isPresent();
		if (!ours) {
			throw new DeadlineRefused("deadlines.form.schoolMissing");
		}

		return schoolId;
	}

	private List<Movement> movements(DeadlineSchedule before, DeadlineSchedule after, DeadlineTimers.Moves moves) {
		Instant now = clock.instant();
		return Arrays.stream(DeadlineKind.values())
			.map(kind -> movement(kind, before.at(kind, now), after.at(kind, now), now, moves))
			.toList();
	}

	/** A moved instant that lies in the past is allowed but flagged: its timer fires, its task is overdue at once. */
	private static Movement movement(DeadlineKind kind, Instant before, Instant after, Instant now,
			DeadlineTimers.Moves moves) {
		boolean moved = !before.equals(after);
		return new Movement(kind, CalendarManagement.shown(before), CalendarManagement.shown(after), moved,
				moved && !after.isAfter(now), moves.timers(kind), moves.tasks(kind));
	}

	private Map<DeadlineKind, String> kinds(DeadlineSchedule schedule) {
		Instant now = clock.instant();
		return Arrays.stream(DeadlineKind.values())
			.collect(Collectors.toMap(Function.identity(), kind -> CalendarManagement.shown(schedule.at(kind, now)),
					(a, b) -> a, () -> new java.util.EnumMap<>(DeadlineKind.class)));
	}

	private SchoolYear currentYear() {
		user();
		return years.findCurrent(LocalDate.now(clock.withZone(Deadlines.VIETNAM))).orElseThrow();
	}

	/** The signed-in officer or administrator of the department; anyone else gets 403. */
	private CurrentUser user() {
		CurrentUser user = scopes.currentUser();
		if (!user.hasRole(Role.DEPARTMENT_OFFICER) && !user.hasRole(Role.ADMINISTRATOR)) {
			throw new NotDepartmentStaff();
		}
		return user;
	}

	/**
	 * One kind of deadline in the preview: its instant before and after, whether it moves into the past, and how
	 * many timers and tasks wait.
	 */
	record Movement(DeadlineKind kind, String before, String after, boolean moves, boolean past, int timers,
			int tasks) {
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotDepartmentStaff extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotDepartmentStaff() {
			super("Only department officers and administrators edit deadlines");
		}

	}

}
