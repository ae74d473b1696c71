package vn.edu.hocbaso.gradebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * Downloads a class's sheet (XLSX or CSV) and brings one back: the upload form, the refusal with every problem
 * by row and column, and the summary of what changed.
 */
@Controller
class ClassSheetController {

	/** The largest sheet accepted: a class of 50 pupils is about 50 KB; the server's own limit is higher. */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private static final String IMPORT_VIEW = "gradebook/import";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ClassSheetAccess access;

	private final ClassSheetExport export;

	private final ClassSheetImport imports;

	private final AccessScopes scopes;

	private final MessageSource messages;

	ClassSheetController(ClassSheetAccess access, ClassSheetExport export, ClassSheetImport imports,
			AccessScopes scopes, MessageSource messages) {
		this.access = access;
		this.export = export;
		this.imports = imports;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping("/classes/{id}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
		CurrentUser user = scopes.currentUser();
		SchoolClass schoolClass = access.forExport(id, user);
		return download(export.xlsx(schoolClass, user.getStaffId()), XLSX, schoolClass, "xlsx");
	}

	@GetMapping("/classes/{id}/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable long id) {
		CurrentUser user = scopes.currentUser();
		SchoolClass schoolClass = access.forExport(id, user);
		return download(export.csv(schoolClass, user.getStaffId()), CSV, schoolClass, "csv");
	}

	@GetMapping("/classes/{id}/import")
	String showImportForm(@PathVariable long id, Model model) {
		model.addAttribute("schoolClass", classView(access.forImport(id, scopes.currentUser())));
		return IMPORT_VIEW;
	}

	@PostMapping("/classes/{id}/import")
	String processImport(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, Locale locale, HttpServletResponse response) throws IOException {

		CurrentUser user = scopes.currentUser();
		SheetRights rights = access.forImport(id, user);
		model.addAttribute("schoolClass", classView(rights));
		try {
			model.addAttribute("summary",
					imports.importSheet(rights, user.getStaffId(), upload(file), file.getOriginalFilename()));
			return "gradebook/import-summary";
		}
		catch (SheetRefused refused) {
			return refuse(refused.problems(), model, locale, response);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return refuse(List.of(new SheetProblem("record.staleVersion")), model, locale, response);
		}
	}

	private static byte[] upload(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new SheetRefused(SpreadsheetReader.EMPTY);
		}
		if (file.getSize() > MAX_FILE_BYTES) {
			throw new SheetRefused("sheet.file.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
		}
		return file.getBytes();
	}

	private String refuse(List<SheetProblem> problems, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("problems", problems.stream().map(p -> messages.getMessage(p, locale)).toList());
		return IMPORT_VIEW;
	}

	private static ClassView classView(SheetRights rights) {
		SchoolClass c = rights.schoolClass();
		return new ClassView(c.getId(), c.getName(), c.getGrade(), rights.allColumns(),
				rights.subjects().stream().map(s -> s.vietnamese()).toList());
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, SchoolClass schoolClass,
			String extension) {
		String name = "lop-" + schoolClass.getName() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/** The class as the import pages show it, with the columns the user may change. */
	record ClassView(long id, String name, int grade, boolean allColumns, List<String> subjects) {
	}

}
