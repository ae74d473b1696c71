package vn.edu.hocbaso.workflow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.edu.hocbaso.security.AccessScopes;

/**
 * The whole-class approval page ({@code /classes/{id}/approval}). The principal's decision is posted to the task
 * list's completion ({@code /tasks/{id}/complete}), which comes back here.
 */
@Controller
class ClassApprovalController {

	private final ClassApprovals approvals;

	private final AccessScopes scopes;

	ClassApprovalController(ClassApprovals approvals, AccessScopes scopes) {
		this.approvals = approvals;
		this.scopes = scopes;
	}

	@GetMapping("/classes/{classId}/approval")
	String showApproval(@PathVariable long classId, Model model) {

		ClassApprovalView view = approvals.of(scopes.currentUser(), classId);
		model.addAttribute("approval", view);
		if (view.task() != null && !model.containsAttribute("input")) {
			model.addAttribute("input", TaskFormInput.defaults(view.task().form()));
		}

		return "classes/approval";
	}

}
