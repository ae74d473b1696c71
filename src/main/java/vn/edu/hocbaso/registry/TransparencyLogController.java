package vn.edu.hocbaso.registry;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What anyone needs to check the transparency log without an account: the department's checkpoint key (PEM, the
 * offline command's {@code --department-key}) and the latest signed checkpoint (the note, its
 * {@code --checkpoint}). Per-record proofs come with the public verification page (issue 6).
 */
@RestController
class TransparencyLogController {

	private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private final TransparencyLog log;

	TransparencyLogController(TransparencyLog log) {
		this.log = log;
	}

	@GetMapping("/registry/log/department-key.pem")
	ResponseEntity<String> departmentKey() {
		return ResponseEntity.ok().contentType(TEXT).body(log.departmentKeyPem());
	}

	@GetMapping("/registry/log/checkpoint")
	ResponseEntity<String> latestCheckpoint() {
		return log.latestCheckpoint()
			.map(signed -> ResponseEntity.ok().contentType(TEXT).body(signed.note()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(""));
	}

}
