package vn.edu.hocbaso.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The signing pages (ký số): a homeroom teacher signs her class, the board a class or the school's classes, the
 * clerk adds the school's issue signature, each in one action with a progress bar; one record alone for a
 * supplementary evaluation or a replacement. The key password goes from the form to {@link BatchSigning} and
 * nowhere else: never into the model, a log or a process variable. A refusal (wrong password, revoked
 * certificate, ...) comes back on the same page and nothing is signed.
 */
@Controller
@RequestMapping("/signing")
class SigningController {

	private static final Logger LOG = LoggerFactory.getLogger(SigningController.class);

	/** Where the result page links back to: one of the signing pages, nothing else (no open redirect). */
	private static final Pattern BACK = Pattern.compile("/signing/(classes|schools|records)/\\d+");

	/** How long the requests file waits for a batch still preparing its digests before saying to try again. */
	private static final Duration PREPARING_WAIT = Duration.ofSeconds(3);

	private final SigningPages pages;

	private final BatchSigning batches;

	private final AccessScopes scopes;

	private final MessageSource messages;

	SigningController(SigningPages pages, BatchSigning batches, AccessScopes scopes, MessageSource messages) {
		this.pages = pages;
		this.batches = batches;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping("/classes/{classId}")
	String classPage(@PathVariable long classId, @RequestParam(required = false) CertificateRole role, Model model) {
		model.addAttribute("page", pages.classPage(classId, user(), role));
		return "signing/class";
	}

	@PostMapping("/classes/{classId}")
	String signClass(@PathVariable long classId, @RequestParam CertificateRole role,
			@RequestParam(required = false) String password, Model model) {

		SigningPages.ClassSigning page = pages.classPage(classId, user(), role);
		String back = "/signing/classes/" + classId;

		return start(page.role(), page.certificate(), page.toSign(), BatchRequest.Scope.CLASSES, List.of(classId),
				password, back, model, () -> model.addAttribute("page", page), "signing/class");
	}

	@GetMapping("/schools/{schoolId}")
	String schoolPage(@PathVariable long schoolId, @RequestParam(required = false) CertificateRole role,
			Model model) {
		model.addAttribute("page", pages.schoolPage(schoolId, user(), role));
		model.addAttribute("chosen", null);
		return "signing/school";
	}

	/**
	 * The chosen classes; all of the school's classes on the page chosen: the whole school. A class of another
	 * school is refused; a chosen class with nothing at this step is named on the result, with the reason.
	 */
	@PostMapping("/schools/{schoolId}")
	String signSchool(@PathVariable long schoolId, @RequestParam CertificateRole role,
			@RequestParam(name = "classId", required = false) List<Long> chosen,
			@RequestParam(required = false) String password, Model model, RedirectAttributes redirect) {

		SigningPages.SchoolSigning page = pages.schoolPage(schoolId, user(), role);
		List<Long> offered = page.classes().stream().map(SigningPages.ClassLine::classId).toList();
		List<Long> classIds = chosen == null ? List.of() : chosen.stream().distinct().toList();
		Runnable again = () -> {
			model.addAttribute("page", page);
			model.addAttribute("chosen", classIds.stream().filter(offered::contains).toList());
		};
		// A class the page does not list is either another school's (refused) or one with nothing at this step.
		List<String> unlisted = new ArrayList<>();
		for (long classId : classIds.stream().filter(id -> !offered.contains(id)).toList()) {
			Optional<String> name = pages.classOfSchool(classId, schoolId);
			if (name.isEmpty()) {
				again.run();
				return refused(model, "signing.page.classNotOfSchool", "signing/school", classId, page.schoolName());
			}
			unlisted.add(name.get());
		}
		if (classIds.isEmpty()) {
			again.run();
			return refused(model, "signing.page.noClassChosen", "signing/school");
		}
		List<SigningPages.ClassLine> lines = page.classes().stream()
			.filter(line -> classIds.contains(line.classId()))
			.toList();
		String nothingAtStep = Stream.concat(lines.stream().filter(line -> line.toSign() == 0)
			.map(SigningPages.ClassLine::className), unlisted.stream())
			.collect(Collectors.joining(", "));
		long toSign = lines.stream().mapToLong(SigningPages.ClassLine::toSign).sum();
		if (toSign == 0) {
			again.run();
			return refused(model, "signing.page.classesNothingAtStep." + page.role(), "signing/school", nothingAtStep);
		}
		List<Long> listed = classIds.stream().filter(offered::contains).toList();
		boolean whole = listed.containsAll(offered);

		String view = start(page.role(), page.certificate(), toSign,
				whole ? BatchRequest.Scope.SCHOOL : BatchRequest.Scope.CLASSES,
				whole ? List.of(schoolId) : listed, password, "/signing/schools/" + schoolId, model, again,
				"signing/school");
		if (view.startsWith("redirect:") && !nothingAtStep.isEmpty()) {
			redirect.addFlashAttribute("notice", new Notice("signing.page.classesNothingAtStep." + page.role(),
					nothingAtStep));
		}
		return view;
	}

	@GetMapping("/records/{recordId}")
	String recordPage(@PathVariable long recordId, @RequestParam(required = false) CertificateRole role,
			Model model) {
		model.addAttribute("page", pages.recordPage(recordId, user(), role));
		return "signing/record";
	}

	@PostMapping("/records/{recordId}")
	String signRecord(@PathVariable long recordId, @RequestParam CertificateRole role,
			@RequestParam(required = false) String password, Model model) {

		SigningPages.RecordSigning page = pages.recordPage(recordId, user(), role);
		long toSign = page.record().outcome() == SigningPages.Outcome.SIGN ? 1 : 0;

		return start(page.role(), page.certificate(), toSign, BatchRequest.Scope.RECORDS, List.of(recordId),
				password, "/signing/records/" + recordId, model, () -> model.addAttribute("page", page),
				"signing/record");
	}

	/**
	 * Starts the batch and goes to its progress page; a refusal shows the same page again with the reason, and
	 * nothing is signed. The page's copy of the password is wiped whatever happens.
	 */
	private String start(CertificateRole role, SigningPages.SignerCertificate certificate, long toSign,
			BatchRequest.Scope scope, List<Long> ids, String typed, String back, Model model, Runnable page,
			String view) {

		page.run();
		char[] password = typed == null ? new char[0] : typed.toCharArray();
		try {
			if (certificate == null) {
				return refused(model, "signing.page.noCertificate", view);
			}
			if (toSign == 0) {
				return refused(model, "signing.page.nothingToSign", view);
			}
			if (certificate.keyOnServer() && password.length == 0) {
				return refused(model, "signing.page.passwordRequired", view);
			}
			// The batch may sign in the background after this returns: it gets its own copy to keep and wipe.
			char[] key = certificate.keyOnServer() ? password.clone() : null;
			UUID batch = batches.start(new BatchRequest(user().getStaffId(), role, scope, ids, certificate.id(), key));
			LOG.info("batch-{}: {} signing started by staff {} for {} {}", batch, role, user().getStaffId(), scope,
					ids);
			return "redirect:/signing/batches/" + batch + "?back=" + back;
		}
		catch (SignatureRefused refused) {
			return refused(model, refused.getMessageKey(), view, refused.getArguments());
		}
		catch (ApprovalRefused refused) {
			return refused(model, refused.getMessageKey(), view, refused.argumentsAsText().toArray());
		}
		finally {
			clear(password);
		}
	}

	@GetMapping("/batches/{id}")
	String batch(@PathVariable String id, @RequestParam(required = false) String back, Model model) {

		BatchProgress progress = progress(id);
		model.addAttribute("batch", progress);
		model.addAttribute("percent", percent(progress));
		String signingPage = back != null && BACK.matcher(back).matches() ? back : signingPageOf(progress.id());
		model.addAttribute("back", signingPage);
		// The class's or the school's own page, where the records now stand signed.
		model.addAttribute("place", signingPage == null || signingPage.startsWith("/signing/records/") ? null
				: signingPage.substring("/signing".length()));

		return "signing/batch";
	}

	/** Without a link from the page that started it: the batch's one class, else its school's signing page. */
	private String signingPageOf(UUID batch) {
		return batches.place(batch)
			.map(place -> place.classIds().size() == 1 ? "/signing/classes/" + place.classIds().get(0)
					: "/signing/schools/" + place.schoolId())
			.orElse(null);
	}

	/** The progress bar's figures, polled by the page's script every second. */
	@GetMapping(path = "/batches/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> progressJson(@PathVariable String id) {

		BatchProgress progress = progress(id);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("state", progress.state().name());
		json.put("total", progress.total());
		json.put("signed", progress.signed());
		json.put("skipped", progress.skipped().size());
		json.put("waiting", progress.waiting());
		json.put("percent", percent(progress));
		json.put("running", progress.state() == BatchProgress.State.RUNNING);

		return json;
	}

	/**
	 * What the external signer signs: per record the digest and whose record it is, nothing else of the records.
	 * While the batch still prepares its digests (the link may be followed the moment the batch starts) this waits
	 * a little, then says to try again in a moment (409); a batch that waits for no signer says so (409).
	 */
	@GetMapping("/batches/{id}/requests.json")
	ResponseEntity<byte[]> externalRequests(@PathVariable String id, Locale locale) {

		BatchProgress progress = progress(id);
		Instant deadline = Instant.now().plus(PREPARING_WAIT);
		while (progress.state() == BatchProgress.State.RUNNING && Instant.now().isBefore(deadline)) {
			pause();
			progress = progress(id);
		}
		UUID batch = progress.id();
		if (progress.state() == BatchProgress.State.RUNNING) {
			return conflict("signing.page.external.preparing", locale);
		}
		byte[] body;
		try {
			body = batches.externalRequests(batch, user().getStaffId());
		}
		catch (SignatureRefused refused) {
			return conflict(refused.getMessageKey(), locale, refused.getArguments());
		}

		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("signing-requests-" + batch + ".json").build().toString())
			.body(body);
	}

	private ResponseEntity<byte[]> conflict(String key, Locale locale, Object... arguments) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(messages.getMessage(key, arguments, locale).getBytes(StandardCharsets.UTF_8));
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The external signer's answers; a file that is not one changes nothing and says why. */
	@PostMapping("/batches/{id}/responses")
	String externalResponses(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String back, RedirectAttributes redirect) throws IOException {

		UUID batch = progress(id).id();
		String page = "redirect:/signing/batches/" + batch + (back != null && BACK.matcher(back).matches()
				? "?back=" + back : "");
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("refusal", new Notice("signing.page.external.noFile"));
			return page;
		}

		try {
			batches.completeExternal(batch, user().getStaffId(), file.getBytes());
		}
		catch (SignatureRefused refused) {
			redirect.addFlashAttribute("refusal", Notice.of(refused));
		}
		catch (IllegalArgumentException | IllegalStateException unreadable) {
			LOG.info("batch-{}: external answers refused: {}", batch, unreadable.getClass().getSimpleName());
			redirect.addFlashAttribute("refusal", new Notice("signing.page.external.unreadable"));
		}

		return page;
	}

	/** The batch if it is the signed-in person's; 404 for anyone else's and for ids that are no batch. */
	private BatchProgress progress(String id) {
		UUID batch;
		try {
			batch = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new SigningPages.Missing();
		}
		return batches.progress(batch, user().getStaffId()).orElseThrow(SigningPages.Missing::new);
	}

	static int percent(BatchProgress progress) {
		if (progress.total() == 0) {
			return 100;
		}
		return (progress.signed() + progress.skipped().size()) * 100 / progress.total();
	}

	private static String refused(Model model, String key, String view, Object... arguments) {
		model.addAttribute("refusal", new Notice(key, arguments));
		return view;
	}

	private static void clear(char[] password) {
		Arrays.fill(password, '\0');
	}

	private CurrentUser user() {
		return scopes.currentUser();
	}

}
