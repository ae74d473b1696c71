package vn.edu.hocbaso.registry;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.security.AccessScope;
import vn.edu.hocbaso.security.AccessScopes;

/**
 * A record file exactly as the registry holds it, for signed-in users who may see its pupil: the file the offline
 * verification command checks against the public page's proof, for every school year the registry holds,
 * including years whose records the school's own tables no longer carry (digitised from an earlier year). The
 * public pages do not serve it: it holds the personal ID and the results.
 */
@Controller
class RegistryRecordFileController {

	private final RegistryVerificationQueries queries;

	private final PupilRepository pupils;

	private final AccessScopes scopes;

	RegistryRecordFileController(RegistryVerificationQueries queries, PupilRepository pupils, AccessScopes scopes) {
		this.queries = queries;
		this.pupils = pupils;
		this.scopes = scopes;
	}

	@GetMapping("/pupils/{pupilId}/registry/{lookupCode}.xml")
	ResponseEntity<byte[]> file(@PathVariable long pupilId, @PathVariable String lookupCode) {

		AccessScope scope = scopes.current();
		if (!pupils.isInReach(pupilId, scope.departmentReach(), scope.schoolReach(), scope.classReach())) {
			throw new NoSuchFile();
		}
		UUID code = parse(lookupCode);
		byte[] xml = queries.xmlOfPupil(code, pupilId).orElseThrow(NoSuchFile::new);

		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("hoc-ba-" + code + ".xml").build().toString())
			.body(xml);
	}

	private static UUID parse(String lookupCode) {
		try {
			return UUID.fromString(lookupCode);
		}
		catch (IllegalArgumentException ex) {
			throw new NoSuchFile();
		}
	}

	/** No such record of that pupil, or a pupil out of the user's reach: the same answer, so nothing is told. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NoSuchFile extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NoSuchFile() {
			super("No registry record file of that pupil in reach");
		}

	}

}
