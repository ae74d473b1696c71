package vn.edu.hocbaso.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A demo PKI for unit tests without a database: a root and keys with certificates for a teacher, a principal
 * and a school, all of school {@link #SCHOOL}.
 */
final class TestPki {

	static final String SCHOOL = "01234567";

	static final String TEACHER_ID = "001180004321";

	static final String PRINCIPAL_ID = "001075009876";

	private static final AtomicLong SERIAL = new AtomicLong(1000);

	final KeyType keyType;

	final KeyPair rootKeys;

	final X509Certificate root;

	final CertificateIssuer.IssuingKey issuer;

	final Instant now = Instant.now();

	TestPki(KeyType keyType) {
		this.keyType = keyType;
		this.rootKeys = keyType.generate();
		this.root = CertificateIssuer.root("Học bạ số thử nghiệm", rootKeys, serial(), now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(3650)));
		this.issuer = new CertificateIssuer.IssuingKey(root, rootKeys.getPrivate());
	}

	Signer teacher() {
		return signer(new Holder("Phạm Thu Hà", TEACHER_ID, CertificateRole.TEACHER, SCHOOL,
				"Trường Tiểu học Nguyễn Du"));
	}

	Signer principal() {
		return signer(new Holder("Lê Văn Hùng", PRINCIPAL_ID, CertificateRole.PRINCIPAL, SCHOOL,
				"Trường Tiểu học Nguyễn Du"));
	}

	Signer school() {
		return signer(new Holder("Trường Tiểu học Nguyễn Du", null, CertificateRole.SCHOOL_ISSUE, SCHOOL,
				"Trường Tiểu học Nguyễn Du"));
	}

	Signer signer(Holder holder) {
		return signer(holder, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
	}

	Signer signer(Holder holder, Instant from, Instant to) {
		KeyPair keys = keyType.generate();
		X509Certificate certificate = CertificateIssuer.issue(issuer, holder, keys.getPublic(), serial(), from, to);
		return new Signer(holder, keys, certificate);
	}

	static byte[] record() {
		return SampleRecordXml.of(UUID.randomUUID().toString(), SCHOOL, TEACHER_ID, PRINCIPAL_ID);
	}

	private static BigInteger serial() {
		return BigInteger.valueOf(SERIAL.incrementAndGet());
	}

	record Signer(Holder holder, KeyPair keys, X509Certificate certificate) {
	}

}
