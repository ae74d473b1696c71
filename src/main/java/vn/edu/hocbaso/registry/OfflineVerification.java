package vn.edu.hocbaso.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import vn.edu.hocbaso.record.NationalRecordXml;

/**
 * The offline verification of a record (issue 6): {@code --verify-offline --record=FILE --proof=FILE
 * --checkpoint=FILE --department-key=FILE --root=FILE}, with nothing but the JDK: no database, no server, no
 * Spring context. It checks
 * <ol>
 * <li>the record's three XML signatures (GVCN, CBQL, KY_PHAT_HANH) with the JDK's XML signature API, each with
 * the certificate of its own KeyInfo, that certificate chained to the root given ({@code --root}, PEM or DER) at
 * the block's signing time (NGAY_KY). Revocation is not checked offline: the CRL is the server's;</li>
 * <li>that the proof ({@link InclusionProof} JSON) is for this record's lookup code (MA_TRA_CUU_UUID);</li>
 * <li>the checkpoint (a {@link SignedCheckpoint} note) signed by the department's key ({@code --department-key},
 * the PEM public key the registry publishes: required, so that OK always means the department signed it);</li>
 * <li>the inclusion proof: the leaf {@code SHA-256(0x00 || the record file's bytes)} at the proof's index in the
 * tree of the checkpoint's size has the checkpoint's root. The registry stores a record without its XML
 * declaration (the HOC_BA element as it stood in the transaction); a file that begins with one is also tried
 * without it, nothing else is changed.</li>
 * </ol>
 * Exit code 0 when every check holds, 1 naming what failed, 2 when an option is unknown or missing or a file
 * cannot be read as what its option names (the message names the option and the file).
 */
public final class OfflineVerification {

	public static final String OPTION = "verify-offline";

	private static final List<String> BLOCKS = List.of("GVCN", "CBQL", "KY_PHAT_HANH");

	private OfflineVerification() {
	}

	/** Runs the command: prints one line per check to {@code out} and answers the exit code. */
	public static int run(String[] args, PrintStream out) {

		Inputs inputs;
		try {
			inputs = Inputs.read(args);
		}
		catch (IllegalArgumentException e) {
			out.println("No offline verification: " + e.getMessage());
			return 2;
		}

		List<String> failures = verify(inputs.xml(), inputs.proof(), inputs.checkpoint(), inputs.departmentKey(),
				inputs.root(), out);
		failures.forEach(failure -> out.println("FAILED " + failure));
		if (!failures.isEmpty()) {
			out.println("NOT VERIFIED: " + failures.size() + (failures.size() == 1 ? " check" : " checks")
					+ " failed.");
			return 1;
		}

		// The log proves what was locked at close-off; a revocation or re-issue since is only on the public page.
		out.println("OK: the record's signatures are valid and these exact bytes are in the department's "
				+ "transparency log, as locked at close-off.");
		out.println("The log cannot tell the record's current state (revoked, superseded): see its public page "
				+ "/verify/" + inputs.proof().lookupCode() + " on the department's registry.");
		return 0;
	}

	/**
	 * Every check; answers what failed, empty when all hold. Lines about what was checked go to {@code out}.
	 * Without the department's key ({@code null}) the checkpoint cannot be trusted, which is a failure.
	 */
	public static List<String> verify(byte[] xml, InclusionProof proof, SignedCheckpoint checkpoint,
			PublicKey departmentKey, X509Certificate root, PrintStream out) {

		List<String> failures = new ArrayList<>();
		Document document = null;
		try {
			document = parse(xml);
		}
		catch (Exception e) {
			failures.add("the record is not readable XML: " + e.getMessage());
		}
		if (document != null) {
			failures.addAll(signatureFailures(document, root));
			out.println("Checked the record's signatures " + BLOCKS + " against the root " + (root == null ? "(none)"
					: root.getSubjectX500Principal()) + " (revocation is not checked offline).");
		}

		String lookupCode = document == null ? null : text(document, "MA_TRA_CUU_UUID");
		if (lookupCode != null && !lookupCode.trim().equalsIgnoreCase(proof.lookupCode().toString())) {
			failures.add("the proof is for lookup code " + proof.lookupCode() + ", the record has " + lookupCode);
		}

		if (departmentKey == null) {
			failures.add("the checkpoint's signature cannot be checked: no department key");
		}
		else if (!verifies(checkpoint, departmentKey)) {
			failures.add("the checkpoint's signature is not the department's");
		}

		if (proof.treeSize() != checkpoint.checkpoint().size()) {
			failures.add("the proof is for a tree of " + proof.treeSize() + " leaves, the checkpoint has "
					+ checkpoint.checkpoint().size());
		}
		else if (!proof.proves(xml, checkpoint.checkpoint().rootHash())
				&& !proof.proves(RecordList.withoutDeclaration(xml), checkpoint.checkpoint().rootHash())) {
			failures.add("the inclusion proof does not lead from this record's bytes to the checkpoint's root");
		}
		return failures;
	}

	private static boolean verifies(SignedCheckpoint checkpoint, PublicKey key) {
		try {
			return checkpoint.verify(key);
		}
		catch (CheckpointRefused e) {
			return false;
		}
	}

	private static List<String> signatureFailures(Document document, X509Certificate root) {

		Element data = (Element) document.getElementsByTagName("DU_LIEU_HOC_BA").item(0);
		NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
		List<String> failures = new ArrayList<>();
		List<String> found = new ArrayList<>();
		for (int i = 0; i < signatures.getLength(); i++) {
			Element signature = (Element) signatures.item(i);
			Element block = (Element) signature.getParentNode();
			found.add(block.getTagName());
			String failure = signatureFailure(signature, block, data, root);
			if (failure != null) {
				failures.add("signature " + block.getTagName() + ": " + failure);
			}
		}
		if (!found.equals(BLOCKS)) {
			failures.add("the record has the signatures " + found + ", not " + BLOCKS + " in that order");
		}
		return failures;
	}

	private static String signatureFailure(Element signature, Element block, Element data, X509Certificate root) {
		try {
			CertificateKey keys = new CertificateKey();
			DOMValidateContext context = new DOMValidateContext(keys, signature);
			if (data != null) {
				context.setIdAttributeNS(data, null, "Id");
			}
			context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
			XMLSignature parsed = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
			if (!parsed.validate(context)) {
				return "not valid over the record's data (a byte changed?)";
			}
			NodeList time = block.getElementsByTagName("NGAY_KY");
			if (time.getLength() == 0) {
				return "no signing time (NGAY_KY)";
			}
			chain(keys.certificate, root, OffsetDateTime.parse(time.item(0).getTextContent().trim()));
			return null;
		}
		catch (DateTimeParseException e) {
			return "the signing time (NGAY_KY) is not a date and time";
		}
		catch (GeneralSecurityException | javax.xml.crypto.MarshalException e) {
			return e.getMessage();
		}
		catch (javax.xml.crypto.dsig.XMLSignatureException | RuntimeException e) {
			return "cannot be validated: " + e.getMessage();
		}
	}

	private static void chain(X509Certificate certificate, X509Certificate root, OffsetDateTime at)
			throws GeneralSecurityException {
		if (root == null) {
			throw new GeneralSecurityException("no root certificate given to chain to");
		}
		PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
		parameters.setDate(Date.from(at.toInstant()));
		parameters.setRevocationEnabled(false);
		CertificateFactory factory = CertificateFactory.getInstance("X.509");
		try {
			CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(certificate)), parameters);
		}
		catch (java.security.cert.CertPathValidatorException e) {
			throw new GeneralSecurityException("the certificate of " + certificate.getSubjectX500Principal()
					+ " does not chain to the root at the signing time: " + e.getMessage(), e);
		}
	}

	private static Document parse(byte[] xml) throws SAXException {
		return NationalRecordXml.parse(xml, NationalRecordXml.STRICT);
	}

	private static String text(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

	private static X509Certificate certificate(byte[] bytes) throws GeneralSecurityException {
		// CertificateFactory reads both DER and PEM.
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		catch (IOException e) {
			throw new GeneralSecurityException(e);
		}
	}

	/**
	 * The files given, each read and parsed before any check, so that a file which cannot be read is named with
	 * its option (exit code 2) and never counted as a failed check.
	 */
	private record Inputs(byte[] xml, InclusionProof proof, SignedCheckpoint checkpoint, PublicKey departmentKey,
			X509Certificate root) {

		private static final List<String> OPTIONS = List.of("record", "proof", "checkpoint", "department-key", "root");

		private static final Map<String, String> CHECKPOINT_PROBLEMS = Map.of(
				"registry.checkpoint.malformed", "it needs exactly four lines (origin, tree size, root hash, time), "
						+ "a blank line and the department's signature line; download checkpoint.txt from the "
						+ "record's public page",
				"registry.checkpoint.signatureLine", "its signature line is not valid: it needs a blank line, then "
						+ "\"— <origin> <Base64 signature>\"",
				"registry.checkpoint.origin", "its origin line is empty or has spaces at its start or end",
				"registry.checkpoint.size", "its tree size is not a non-negative whole number",
				"registry.checkpoint.root", "its root hash is not 32 SHA-256 bytes in standard Base64",
				"registry.checkpoint.time", "its time is not ISO-8601 UTC to the second");

		private static final String USAGE = "Usage: --verify-offline --record=FILE --proof=FILE --checkpoint=FILE "
				+ "--department-key=FILE --root=FILE";

		/** @throws IllegalArgumentException naming the option, or the option and file, that cannot be used */
		static Inputs read(String[] args) {

			Map<String, Path> files = options(args);

			byte[] xml = read(files, "record", "a record's XML", bytes -> {
				parse(bytes);
				return bytes;
			});
			InclusionProof proof = read(files, "proof", "an inclusion proof in JSON",
					bytes -> InclusionProof.parse(utf8(bytes)));
			SignedCheckpoint checkpoint = read(files, "checkpoint", "a signed checkpoint",
					bytes -> checkpoint(utf8(bytes)));
			PublicKey departmentKey = read(files, "department-key", "the department's public key in PEM",
					bytes -> departmentKey(utf8(bytes)));
			X509Certificate root = read(files, "root", "a certificate in PEM or DER", OfflineVerification::certificate);
			return new Inputs(xml, proof, checkpoint, departmentKey, root);
		}

		private static Map<String, Path> options(String[] args) {
			Map<String, Path> files = new LinkedHashMap<>();
			for (String arg : args) {
				int equals = arg.indexOf('=');
				String name = arg.startsWith("--") ? arg.substring(2, equals < 0 ? arg.length() : equals) : arg;
				if (name.equals(OPTION)) {
					continue;
				}
				if (!OPTIONS.contains(name)) {
					throw new IllegalArgumentException("unknown option \"" + arg + "\". " + USAGE);
				}
				if (equals < 0 || equals == arg.length() - 1) {
					throw new IllegalArgumentException("--" + name + " needs a file: --" + name + "=FILE. " + USAGE);
				}
				if (files.containsKey(name)) {
					// Silently taking the last would verify a file other than the one the reader may believe.
					throw new IllegalArgumentException("--" + name + " is given more than once: give each file once. "
							+ USAGE);
				}
				files.put(name, Path.of(arg.substring(equals + 1)));
			}
			for (String required : OPTIONS) {
				if (!files.containsKey(required)) {
					throw new IllegalArgumentException("--" + required + "=FILE is missing. " + USAGE);
				}
			}
			return files;
		}

		private static <T> T read(Map<String, Path> files, String option, String what, Reader<T> reader) {
			Path file = files.get(option);
			String named = "--" + option + "=" + file;
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			}
			catch (NoSuchFileException e) {
				throw new IllegalArgumentException(named + ": unreadable input, the file does not exist", e);
			}
			catch (IOException e) {
				throw new IllegalArgumentException(named + ": unreadable input, the file cannot be read (" + e + ")",
						e);
			}
			try {
				return reader.read(bytes);
			}
			catch (Exception e) {
				String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
				throw new IllegalArgumentException(named + ": unreadable input, not " + what + " (" + reason + ")", e);
			}
		}

		/** The checkpoint, or why not in words: the refusal's message key is for the server's message files. */
		private static SignedCheckpoint checkpoint(String text) {
			try {
				return SignedCheckpoint.parse(text);
			}
			catch (CheckpointRefused e) {
				throw new IllegalArgumentException(CHECKPOINT_PROBLEMS.getOrDefault(e.getMessageKey(),
						"it is not in the checkpoint's form"), e);
			}
		}

		/** The department's key; a certificate (the root's, say) is named as such, not as bad Base64. */
		private static PublicKey departmentKey(String pem) throws GeneralSecurityException {
			if (pem.contains("-----BEGIN CERTIFICATE-----")) {
				throw new IllegalArgumentException("the file is a certificate (-----BEGIN CERTIFICATE-----), not the "
						+ "department's public key (-----BEGIN PUBLIC KEY-----): download department-key.pem from "
						+ "the record's public page");
			}
			try {
				return CheckpointKey.readPem(pem);
			}
			catch (CheckpointRefused e) {
				throw new IllegalArgumentException("the key is not an ECDSA key on the P-256 curve, as the "
						+ "department's is", e);
			}
		}

		private static String utf8(byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}

	}

	/** Reads one file's bytes as what its option names. */
	@FunctionalInterface
	private interface Reader<T> {

		T read(byte[] bytes) throws Exception;

	}

	/** The key of the certificate in the signature's own KeyInfo; the trust in it is checked apart. */
	private static final class CertificateKey extends KeySelector {

		X509Certificate certificate;

		@Override
		public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
				XMLCryptoContext context) throws KeySelectorException {
			if (keyInfo != null) {
				for (Object item : keyInfo.getContent()) {
					if (item instanceof X509Data x509) {
						for (Object entry : x509.getContent()) {
							if (entry instanceof X509Certificate found) {
								certificate = found;
								Key key = found.getPublicKey();
								return () -> key;
							}
						}
					}
				}
			}
			throw new KeySelectorException("no certificate in KeyInfo");
		}

	}

}
