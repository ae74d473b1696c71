package vn.edu.hocbaso.submission;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.registry.AuthenticationRequest;
import vn.edu.hocbaso.registry.RecordList;
import vn.edu.hocbaso.registry.TransactionContent;
import vn.edu.hocbaso.registry.TransactionRequest;
import vn.edu.hocbaso.registry.TransactionSignature;
import vn.edu.hocbaso.registry.TransactionType;

/**
 * Makes the transactions the school sends and stores them in the outbox, sealed with the school's issue key
 * ({@link TransactionSignature}: detached CMS over the envelope and the content): a submission (type 1) is the
 * records' signed XML, byte for byte, in one {@code DANH_SACH_HOC_BA} list ({@link RecordList}), cut into several
 * transactions when the list would pass the national 10 MB limit; each transaction gets a new message id.
 */
@Component
class TransactionSealing {

	/** Room for the list's own tags around the records. */
	private static final int LIST_OVERHEAD = 256;

	private final SubmissionOutbox outbox;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	TransactionSealing(SubmissionOutbox outbox, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The sender of a class's transactions: its school (Ministry code) and the year its school year starts. */
	record Sender(long schoolId, String schoolCode, int schoolYear) {
	}

	/** A record to submit: what the outbox keeps of it and its signed XML as stored. */
	record ToSubmit(Submission.Item item, byte[] xml) {
	}

	/** The key that seals, for this call only. */
	record SealKey(PrivateKey key, X509Certificate certificate) {

		@Override
		public String toString() {
			return "SealKey[" + certificate.getSerialNumber().toString(16) + "]";
		}

	}

	Sender senderOfClass(long classId) {
		return jdbc.queryForObject("""
				select s.id, s.ministry_code, y.start_year from school_class c
				join school s on s.id = c.school_id join school_year y on y.id = c.school_year_id
				where c.id = ?""", (rs, i) -> new Sender(rs.getLong(1), rs.getString(2), rs.getInt(3)), classId);
	}

	/**
	 * Seals the records into type-1 transactions of at most 10 MB each and stores them PREPARED under one new seal
	 * id, voiding the class's (record's) earlier seals that were never sent.
	 */
	UUID sealSubmission(Sender sender, Long classId, Long recordId, List<ToSubmit> records, SealKey key) {

		UUID sealId = UUID.randomUUID();
		Instant now = clock.instant();
		for (List<ToSubmit> part : parts(records, TransactionContent.MAX_BYTES)) {
			String messageId = UUID.randomUUID().toString();
			byte[] list = RecordList.of(part.stream().map(ToSubmit::xml).toList());
			TransactionRequest request = seal(sender, messageId, TransactionType.SUBMIT, null,
					TransactionContent.encode(list), key);
			outbox.insert(new SubmissionOutbox.Prepared(messageId, sealId, sender.schoolId(), classId, recordId,
					TransactionType.SUBMIT.code(), null, write(request), part.stream().map(ToSubmit::item).toList(),
					now));
		}
		outbox.voidUnsent(classId, recordId, sealId);

		return sealId;
	}

	/** Seals one other transaction (a revocation, type 5) of the given content XML and stores it PREPARED. */
	long sealOne(Sender sender, long classId, long recordId, TransactionType type, String function, String xml,
			Submission.Item item, SealKey key) {

		String messageId = UUID.randomUUID().toString();
		TransactionRequest request = seal(sender, messageId, type, function,
				TransactionContent.encode(xml.getBytes(StandardCharsets.UTF_8)), key);

		return outbox.insert(new SubmissionOutbox.Prepared(messageId, UUID.randomUUID(), sender.schoolId(), classId,
				recordId, type.code(), function, write(request), List.of(item), clock.instant()));
	}

	private static TransactionRequest seal(Sender sender, String messageId, TransactionType type, String function,
			String content, SealKey key) {
		AuthenticationRequest envelope = new AuthenticationRequest(null, null, null, sender.schoolCode(),
				sender.schoolYear(), messageId, type, function);
		return TransactionSignature.sign(new TransactionRequest(envelope, content, null), key.key(),
				key.certificate());
	}

	/**
	 * The records cut into lists of at most {@code maxBytes} of XML each, in order. The content sent is the list
	 * gzipped and in Base64, so it stays under the limit too (XML compresses far more than Base64 adds).
	 */
	static List<List<ToSubmit>> parts(List<ToSubmit> records, int maxBytes) {

		List<List<ToSubmit>> parts = new ArrayList<>();
		List<ToSubmit> current = new ArrayList<>();
		long size = LIST_OVERHEAD;
		for (ToSubmit record : records) {
			if (record.xml().length + LIST_OVERHEAD > maxBytes) {
				throw new IllegalArgumentException("Record " + record.item().recordId() + " alone is over "
						+ maxBytes + " bytes and cannot be submitted");
			}
			if (!current.isEmpty() && size + record.xml().length + 1 > maxBytes) {
				parts.add(current);
				current = new ArrayList<>();
				size = LIST_OVERHEAD;
			}
			current.add(record);
			size += record.xml().length + 1;
		}
		if (!current.isEmpty()) {
			parts.add(current);
		}

		return parts;
	}

	private String write(TransactionRequest request) {
		try {
			return json.writeValueAsString(request);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write a transaction", ex);
		}
	}

}
