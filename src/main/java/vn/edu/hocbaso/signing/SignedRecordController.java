package vn.edu.hocbaso.signing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.edu.hocbaso.record.SignedRecord;

/**
 * The signed XML of a record, byte for byte as stored with its SHA-256, for whoever may see the record's pupil:
 * to check with {@code xmlsec1} or any XMLDSig tool. A record without signatures, or out of reach, is not found.
 */
@Controller
class SignedRecordController {

	private final RecordSignatures signatures;

	SignedRecordController(RecordSignatures signatures) {
		this.signatures = signatures;
	}

	@GetMapping("/records/{recordId}/signed.xml")
	ResponseEntity<byte[]> signedXml(@PathVariable long recordId) {

		SignedRecord signed = signatures.signedXml(recordId).orElseThrow(SigningPages.Missing::new);

		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("hoc-ba-" + recordId + ".xml").build().toString())
			.header("X-Content-SHA256", signed.sha256())
			.body(signed.xml());
	}

}
