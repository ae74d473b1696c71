package vn.edu.hocbaso.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.edu.hocbaso.signing.RecordVerification;
import vn.edu.hocbaso.signing.VerificationResult;

/**
 * The public verification of registry records (issue 6), for anyone, without an account: by lookup code, what
 * the registry holds and whether it is intact; for an uploaded file, whether it is that record byte for byte.
 * Signatures are verified now, on the bytes as stored ({@link RecordVerification}: trusted roots and the CRL), so
 * a certificate revoked since shows here. Of the pupil only the name and date of birth are shown.
 */
@Service
public class PublicVerification {

	/** The largest record file the upload check reads. */
	public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

	private static final Logger LOG = LoggerFactory.getLogger(PublicVerification.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final RegistryStore store;

	private final RegistryVerificationQueries queries;

	private final TransparencyLog log;

	private final RecordVerification verification;

	private final MessageSource messages;

	PublicVerification(RegistryStore store, RegistryVerificationQueries queries, TransparencyLog log,
			RecordVerification verification, MessageSource messages) {
		this.store = store;
		this.queries = queries;
		this.log = log;
		this.verification = verification;
		this.messages = messages;
	}

	/** The record with this lookup code as the public sees it; empty when the registry holds none. */
	public Optional<PublicVerificationView> lookup(UUID lookupCode, Locale locale) {
		return store.record(lookupCode).map(record -> view(record, locale));
	}

	/** The department's key that signs the checkpoints, as PEM. */
	public String departmentKeyPem() {
		return log.departmentKeyPem();
	}

	/** Checks an uploaded record file against the registry. */
	public PublicVerificationUpload check(byte[] file, Locale locale) {

		String fileSha256 = sha256(file);
		RecordGeneral general = RecordGeneral.of(file);
		if (!general.readable()) {
			return PublicVerificationUpload.refused(text("verify.upload.notXml", locale), null, fileSha256);
		}
		UUID lookupCode = uuid(general.text("MA_TRA_CUU_UUID"));
		if (lookupCode == null) {
			return PublicVerificationUpload.refused(text("verify.upload.noLookupCode", locale), null, fileSha256);
		}
		Optional<RegistryRecord> held = store.record(lookupCode);
		if (held.isEmpty()) {
			return PublicVerificationUpload.refused(text("verify.upload.unknown", locale, lookupCode), lookupCode,
					fileSha256);
		}

		// The registry keeps the record without the XML declaration that a saved file may begin with.
		String stored = held.get().sha256();
		boolean identical = stored.equals(fileSha256) || stored.equals(sha256(RecordList.withoutDeclaration(file)));
		return new PublicVerificationUpload(null, lookupCode, fileSha256, identical, view(held.get(), locale),
				signers(file, locale));
	}

	private PublicVerificationView view(RegistryRecord record, Locale locale) {

		byte[] xml = record.xml();
		RecordGeneral general = RecordGeneral.of(xml);
		Optional<RegistryVerificationQueries.SchoolName> school = queries.school(record.schoolId());
		String schoolYear = queries.schoolYearStart(record.schoolYearId()).map(start -> start + "-" + (start + 1))
			.orElse(null);

		Proved proved = proved(record);
		String storedSha256 = sha256(xml);
		return new PublicVerificationView(record.lookupCode(), record.status(), record.supersededBy(),
				record.replaces(), reissue(record),
				school.map(RegistryVerificationQueries.SchoolName::name).orElse(null),
				school.map(RegistryVerificationQueries.SchoolName::code).orElse(null), schoolYear,
				general.text("MA_KHOI"), general.text("TEN_LOP"), general.text("HO_VA_TEN"),
				birthDate(general.text("NGAY_SINH")), signers(xml, locale), record.sha256(), storedSha256,
				integrityProblem(record, storedSha256, locale), record.acceptedAt(), record.lockedAt(),
				proved.proof(), proved.checkpoint());
	}

	/**
	 * The registry's bytes hash differently from what it recorded at intake only when they were changed behind
	 * its back (the table refuses every update): said to the reader, and logged for the department's operators.
	 */
	private String integrityProblem(RegistryRecord record, String storedSha256, Locale locale) {
		if (record.sha256().equals(storedSha256)) {
			return null;
		}
		LOG.error("Registry record {}: its stored bytes no longer match the SHA-256 recorded at intake; "
				+ "audit the registry (--audit-registry)", record.lookupCode());
		return text("verify.integrity.problem", locale, record.sha256(), storedSha256);
	}

	/** A revoked record's re-issue: it stays REVOKED, and only the new record names the one it replaces. */
	private UUID reissue(RegistryRecord record) {
		return record.status() == RegistryRecordStatus.REVOKED ? queries.reissueOf(record.lookupCode()).orElse(null)
				: null;
	}

	/** A proof with the checkpoint of the same tree size. */
	private record Proved(InclusionProof proof, SignedCheckpoint checkpoint) {
	}

	/**
	 * The proof against the latest checkpoint, and that checkpoint; tried twice, since a lock may sign a newer
	 * checkpoint between the two reads.
	 */
	private Proved proved(RegistryRecord record) {
		for (int attempt = 0; attempt < 2; attempt++) {
			Optional<InclusionProof> proof = log.inclusionProof(record.lookupCode());
			Optional<SignedCheckpoint> checkpoint = log.latestCheckpoint();
			if (proof.isEmpty() || checkpoint.isEmpty()) {
				return new Proved(null, null);
			}
			if (proof.get().treeSize() == checkpoint.get().checkpoint().size()) {
				return new Proved(proof.get(), checkpoint.get());
			}
		}
		return new Proved(null, null);
	}

	private List<PublicVerificationView.Signer> signers(byte[] xml, Locale locale) {
		VerificationResult result;
		try {
			result = verification.verify(xml);
		}
		catch (RuntimeException ex) {
			// A file the verifier cannot read has no signature to show.
			return List.of();
		}
		return result.signatures().stream()
			.map(check -> new PublicVerificationView.Signer(check.block(), check.signer(),
					check.signingTime() == null ? null : check.signingTime().atZoneSameInstant(VIETNAM)
						.toOffsetDateTime(),
					check.findings().stream()
						.map(finding -> text(finding.messageKey(), locale, finding.arguments().toArray()))
						.toList()))
			.toList();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static UUID uuid(String text) {
		try {
			return text == null ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** NGAY_SINH as the specification writes it (ISO date-time), or as its revocation example does (dd/MM/yyyy). */
	private static LocalDate birthDate(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toLocalDate();
		}
		catch (DateTimeParseException notDateTime) {
			try {
				return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

}
