package vn.edu.hocbaso.gradebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The class grid page: shows it, saves it in one post (fields {@code v.<record id>} with the version and
 * {@code f.<record id>.<record field>} with the typed values), and marks the records without errors complete.
 */
@Controller
class GridController {

	private static final String VIEW = "gradebook/grid";

	private final GradebookClasses classes;

	private final GradebookManagement gradebooks;

	private final AccessScopes scopes;

	GridController(GradebookClasses classes, GradebookManagement gradebooks, AccessScopes scopes) {
		this.classes = classes;
		this.gradebooks = gradebooks;
		this.scopes = scopes;
	}

	@GetMapping("/classes/{id}/grid")
	String showGrid(@PathVariable long id, Model model) {
		return render(id, GradebookEdits.none(), model);
	}

	@PostMapping("/classes/{id}/grid")
	String saveGrid(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {

		CurrentUser user = scopes.currentUser();
		GradebookEdits edits = gradebooks.save(classes.of(id, user), user.getStaffId(), rows(form));
		if (edits.isClean()) {
			redirect.addFlashAttribute("saved", edits.savedRows());
			redirect.addFlashAttribute("reopened", edits.reopenedRows());
			redirect.addFlashAttribute("unsigned", edits.unsignedRows());
			return "redirect:/classes/{id}/grid";
		}

		model.addAttribute("problems", List.of(edits.savedRows(), edits.refusedCells(), edits.refusedRows().size()));

		return render(id, edits, model);
	}

	@PostMapping("/classes/{id}/grid/complete")
	String completeAll(@PathVariable long id, RedirectAttributes redirect) {

		CurrentUser user = scopes.currentUser();
		redirect.addFlashAttribute("completion", gradebooks.completeAll(classes.of(id, user), user.getStaffId()));

		return "redirect:/classes/{id}/grid";
	}

	private String render(long id, GradebookEdits edits, Model model) {

		CurrentUser user = scopes.currentUser();
		model.addAttribute("grid", gradebooks.show(classes.of(id, user), user.getStaffId(), edits));

		return VIEW;
	}

	/** The posted rows by record id; fields of rows without a version are ignored. */
	static Map<Long, GradebookRowInput> rows(MultiValueMap<String, String> form) {

		Map<Long, Map<String, String>> values = new HashMap<>();
		form.forEach((name, posted) -> {
			String[] parts = name.split("\\.", 3);
			if (parts.length == 3 && parts[0].equals("f") && isId(parts[1]) && !posted.isEmpty()) {
				values.computeIfAbsent(Long.valueOf(parts[1]), key -> new HashMap<>()).put(parts[2], posted.get(0));
			}
		});

		Map<Long, GradebookRowInput> rows = new HashMap<>();
		values.forEach((recordId, fields) -> {
			String version = form.getFirst("v." + recordId);
			if (version != null && isId(version)) {
				rows.put(recordId, new GradebookRowInput(Long.parseLong(version), fields));
			}
		});

		return rows;
	}

	private static boolean isId(String text) {
		return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
	}

}
