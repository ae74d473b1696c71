package vn.edu.hocbaso.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public verification pages (issue 6), open to anyone without an account:
 * <ul>
 * <li>{@code GET /verify}: a form to type a lookup code, and the upload form;</li>
 * <li>{@code GET /verify/{code}}: the record's page; {@code GET /verify/{code}.json}: the same as JSON;</li>
 * <li>{@code GET /verify/{code}/proof.json}, {@code checkpoint.txt}, {@code department-key.pem}: the files of the
 * offline command besides the record itself. The record's XML is not served here: it holds the personal ID and
 * the results, and this page shows nothing more personal than the name and date of birth. Whoever verifies
 * offline holds the file already (the pupil's family, the school, an admissions office given it);</li>
 * <li>{@code GET|POST /verify/upload}: checks a record file (at most 2 MB) against the registry.</li>
 * </ul>
 * A malformed lookup code answers 400, an unknown one 404, each with a message and no trace, the offline files
 * (the department's key included) as JSON errors; the proof and checkpoint of a record not yet in the log answer
 * 404 {@code NOT_IN_LOG_YET}, of a withdrawn or superseded record, which never enters it, 404 {@code NOT_IN_LOG}.
 */
@Controller
class PublicVerificationController {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private static final String FORM = "verify/index";

	private final PublicVerification verification;

	private final MessageSource messages;

	PublicVerificationController(PublicVerification verification, MessageSource messages) {
		this.verification = verification;
		this.messages = messages;
	}

	@GetMapping("/verify")
	ModelAndView form(@RequestParam(name = "code", required = false) String code) {
		if (code == null) {
			return new ModelAndView(FORM);
		}
		if (code.isBlank()) {
			return formWithProblem("verify.emptyCode", null, HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/verify/" + code.strip());
	}

	@GetMapping("/verify/{code}")
	ModelAndView record(@PathVariable String code, Locale locale) {

		Optional<UUID> lookupCode = lookupCode(code);
		if (lookupCode.isEmpty()) {
			return formWithProblem("verify.malformed", code, HttpStatus.BAD_REQUEST);
		}
		return verification.lookup(lookupCode.get(), locale)
			.map(view -> new ModelAndView("verify/record", Map.of("record", view)))
			.orElseGet(() -> formWithProblem("verify.unknown", code, HttpStatus.NOT_FOUND));
	}

	@GetMapping(path = "/verify/{code}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> json(@PathVariable String code, Locale locale) {

		Optional<UUID> lookupCode = lookupCode(code);
		if (lookupCode.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "MALFORMED_LOOKUP_CODE", "verify.malformed", code, locale);
		}
		return verification.lookup(lookupCode.get(), locale)
			.map(view -> ResponseEntity.ok(json(view)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "UNKNOWN_LOOKUP_CODE", "verify.unknown", code, locale));
	}

	@GetMapping("/verify/{code}/proof.json")
	ResponseEntity<?> proof(@PathVariable String code, Locale locale) {
		return inLog(code, locale, view -> file(MediaType.APPLICATION_JSON, "proof-" + view.lookupCode() + ".json",
				view.proof().toJson().getBytes(StandardCharsets.UTF_8)));
	}

	@GetMapping("/verify/{code}/checkpoint.txt")
	ResponseEntity<?> checkpoint(@PathVariable String code, Locale locale) {
		return inLog(code, locale, view -> file(TEXT, "checkpoint-" + view.checkpoint().checkpoint().size() + ".txt",
				view.checkpoint().note().getBytes(StandardCharsets.UTF_8)));
	}

	@GetMapping("/verify/{code}/department-key.pem")
	ResponseEntity<?> departmentKey(@PathVariable String code, Locale locale) {
		return held(code, locale, view -> file(MediaType.parseMediaType("application/x-pem-file"),
				"department-key.pem", verification.departmentKeyPem().getBytes(StandardCharsets.US_ASCII)));
	}

	@GetMapping("/verify/upload")
	String uploadForm() {
		return FORM;
	}

	@PostMapping("/verify/upload")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale)
			throws IOException {

		if (file == null || file.isEmpty()) {
			return formWithProblem("verify.upload.empty", null, HttpStatus.BAD_REQUEST);
		}
		if (file.getSize() > PublicVerification.MAX_UPLOAD_BYTES) {
			return formWithProblem("verify.upload.tooLarge", PublicVerification.MAX_UPLOAD_BYTES / (1024 * 1024),
					HttpStatus.PAYLOAD_TOO_LARGE);
		}

		PublicVerificationUpload checked = verification.check(file.getBytes(), locale);
		return new ModelAndView("verify/upload", Map.of("upload", checked, "fileName",
				file.getOriginalFilename() == null ? "" : file.getOriginalFilename()));
	}

	/** Only the canonical form of a UUID: {@link UUID#fromString} would also take "1-2-3-4-5". */
	static Optional<UUID> lookupCode(String text) {
		return text != null && UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text))
				: Optional.empty();
	}

	/**
	 * The file of a record in the log; otherwise the JSON problem of {@code .json}, so that a script fetching the
	 * offline files learns why, and a record accepted but not yet locked says that it has no proof yet.
	 */
	private ResponseEntity<?> inLog(String code, Locale locale,
			Function<PublicVerificationView, ResponseEntity<byte[]>> file) {
		return held(code, locale, view -> {
			if (view.neverInLog()) {
				// A withdrawn or superseded record never locks: "not yet" would have the reader wait for nothing.
				return problem(HttpStatus.NOT_FOUND, "NOT_IN_LOG", "verify.neverInLog." + view.status(), locale,
						code, view.supersededBy());
			}
			if (!view.inLog()) {
				return problem(HttpStatus.NOT_FOUND, "NOT_IN_LOG_YET", "verify.notInLogYet", code, locale);
			}
			return file.apply(view);
		});
	}

	/**
	 * The answer for a record the registry holds; otherwise the JSON problem of {@code .json}, the same for every
	 * file of a record, the department's key included.
	 */
	private ResponseEntity<?> held(String code, Locale locale,
			Function<PublicVerificationView, ResponseEntity<?>> answer) {

		Optional<UUID> lookupCode = lookupCode(code);
		if (lookupCode.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "MALFORMED_LOOKUP_CODE", "verify.malformed", code, locale);
		}
		return verification.lookup(lookupCode.get(), locale)
			.<ResponseEntity<?>>map(answer)
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "UNKNOWN_LOOKUP_CODE", "verify.unknown", code, locale));
	}

	private static ModelAndView formWithProblem(String key, Object argument, HttpStatus status) {
		ModelAndView form = new ModelAndView(FORM, status);
		form.addObject("problemKey", key);
		form.addObject("problemArgument", argument);
		return form;
	}

	private ResponseEntity<Map<String, Object>> problem(HttpStatus status, String error, String key, String code,
			Locale locale) {
		return problem(status, error, key, locale, code);
	}

	private ResponseEntity<Map<String, Object>> problem(HttpStatus status, String error, String key, Locale locale,
			Object... arguments) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("message", messages.getMessage(key, arguments, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static ResponseEntity<byte[]> file(MediaType type, String name, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
			.body(content);
	}

	/** The record as JSON: the page's facts, with the proof and checkpoint when the record is in the log. */
	private static Map<String, Object> json(PublicVerificationView view) {

		String base = "/verify/" + view.lookupCode();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("lookupCode", view.lookupCode().toString());
		json.put("status", view.status().name());
		json.put("supersededBy", view.supersededBy() == null ? null : view.supersededBy().toString());
		json.put("replaces", view.replaces() == null ? null : view.replaces().toString());
		json.put("reissuedAs", view.reissuedAs() == null ? null : view.reissuedAs().toString());
		Map<String, Object> school = new LinkedHashMap<>();
		school.put("name", view.schoolName());
		school.put("code", view.schoolCode());
		json.put("school", school);
		json.put("schoolYear", view.schoolYear());
		json.put("grade", view.grade());
		json.put("className", view.className());
		Map<String, Object> pupil = new LinkedHashMap<>();
		pupil.put("name", view.pupilName());
		pupil.put("birthDate", view.birthDate() == null ? null : view.birthDate().toString());
		json.put("pupil", pupil);
		json.put("signaturesValid", view.signaturesValid());
		json.put("signatures", view.signers().stream().map(PublicVerificationController::json).toList());
		json.put("sha256", view.sha256());
		json.put("storedSha256", view.storedSha256());
		json.put("intact", view.intact());
		json.put("acceptedAt", view.acceptedAt() == null ? null : view.acceptedAt().toString());
		json.put("lockedAt", view.lockedAt() == null ? null : view.lockedAt().toString());
		json.put("integrityProblem", view.intact() ? null : view.integrityProblem());

		Map<String, Object> links = new LinkedHashMap<>();
		links.put("page", base);
		if (view.inLog()) {
			Map<String, Object> proof = new LinkedHashMap<>();
			proof.put("leafIndex", view.proof().leafIndex());
			proof.put("treeSize", view.proof().treeSize());
			proof.put("auditPath", view.proof().auditPath().stream()
				.map(hash -> Base64.getEncoder().encodeToString(hash)).toList());
			json.put("inclusionProof", proof);
			json.put("checkpoint", view.checkpoint().note());
			links.put("proof", base + "/proof.json");
			links.put("checkpoint", base + "/checkpoint.txt");
		}
		links.put("departmentKey", base + "/department-key.pem");
		links.put("root", "/certificates/root.pem");
		json.put("links", links);
		return json;
	}

	private static Map<String, Object> json(PublicVerificationView.Signer signer) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("block", signer.block());
		json.put("signer", signer.name());
		json.put("signingTime", signer.signingTime() == null ? null : signer.signingTime().toString());
		json.put("valid", signer.valid());
		json.put("problems", signer.problems());
		return json;
	}

}
