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
 * confirmed. Also opens the school year (starts every school's process). Department officers and
 * administrators only.
 */
@Controller
@RequestMapping("/deadlines")
class DeadlineController {

	private static final String PAGE = "deadlines/index";

	private static final String PREVIEW = "deadlines/preview";

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

		return page(year, CalendarForm.of(management.calendar(year.getId())), ExtensionForm.empty(), model);
	}

	@PostMapping("/calendar/preview")
	String previewCalendar(@ModelAttribute CalendarForm form, BindingResult binding, Model model) {

		SchoolYear year = currentYear();
		try {
			checkTyped(binding);
			CalendarSettings current = management.calendar(year.getId());
			CalendarSettings proposed = form.settings(current);
			management.checkCalendar(year.getId(), proposed);

			model.addAttribute("movements", movements(DeadlineSchedule.of(current, null, null),
					DeadlineSchedule.of(proposed, null, null), timers.count(year.getId(), Set.of())));
			model.addAttribute("extensionCount", management.extensions(year.getId()).size());
			return preview(year, "calendar", form, model);
		}
		catch (DeadlineRefused refused) {
			return refused(year, form, ExtensionForm.empty(), refused, model);
		}
	}

	@PostMapping("/calendar")
	String editCalendar(@ModelAttribute CalendarForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {

		SchoolYear year = currentYear();
		try {
			checkTyped(binding);
			CalendarSettings proposed = form.settings(management.calendar(year.getId()));
			management.editCalendar(year.getId(), proposed, user().getStaffId());
		}
		catch (DeadlineRefused refused) {
			return refused(year, form, ExtensionForm.empty(), refused, model);
		}

		redirect.addFlashAttribute("saved", "deadlines.saved.calendar");
		return "redirect:/deadlines";
	}

	@PostMapping("/extensions/preview")
	String previewExtension(@ModelAttribute ExtensionForm form, BindingResult binding, Model model) {

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
			return refused(year, CalendarForm.of(settings), form, refused, model);
		}
	}

	@PostMapping("/extensions")
	String grantExtension(@ModelAttribute ExtensionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {

		SchoolYear year = currentYear();
		try {
			checkTyped(binding);
			management.grantExtension(year.getId(), schoolOf(form), form.closeOffKind(),
					PageDates.closeOff(form.extendedUntil()), form.reason(), user().getStaffId());
		}
		catch (DeadlineRefused refused) {
			return refused(year, CalendarForm.of(management.calendar(year.getId())), form, refused, model);
		}

		redirect.addFlashAttribute("saved", "deadlines.saved.extension");
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
		model.addAttribute("audit", management.auditLog(year.getId()));

		return PAGE;
	}

	private String preview(SchoolYear year, String what, Object form, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("what", what);
		model.addAttribute("form", form);
		return PREVIEW;
	}

	private String refused(SchoolYear year, CalendarForm calendarForm, ExtensionForm extensionForm,
			DeadlineRefused refused, Model model) {

		CalendarForm shownCalendar = calendarForm == null ? CalendarForm.of(management.calendar(year.getId()))
				: calendarForm;
		model.addAttribute("refusal", refused);

		return page(year, shownCalendar, extensionForm == null ? ExtensionForm.empty() : extensionForm, model);
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
			.map(kind -> new Movement(kind, CalendarManagement.shown(before.at(kind, now)),
					CalendarManagement.shown(after.at(kind, now)), !before.at(kind, now).equals(after.at(kind, now)),
					moves.timers(kind), moves.tasks(kind)))
			.toList();
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

	/** One kind of deadline in the preview: its instant before and after, and how many timers and tasks wait. */
	record Movement(DeadlineKind kind, String before, String after, boolean moves, int timers, int tasks) {
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotDepartmentStaff extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotDepartmentStaff() {
			super("Only department officers and administrators edit deadlines");
		}

	}

}
