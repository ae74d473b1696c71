package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * A checkpoint's canonical text, its signature by the department's P-256 key, and everything that must not
 * verify: another size, root, time or origin, another key, a key of another kind.
 */
class CheckpointTests {

	private static final byte[] ROOT = HexFormat.of()
		.parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	private static final Instant TIME = Instant.parse("2026-06-30T00:00:00Z");

	private final KeyPair department = p256();

	private final CheckpointSigner signer = new PrivateKeyCheckpointSigner(department.getPrivate());

	@Test
	void theCanonicalTextHasOneFieldPerLine() {
		// The Base64 of the root was computed apart, with Python's base64 module.
		Checkpoint checkpoint = new Checkpoint("so-gd-hanoi", 8, ROOT, TIME.plusMillis(999));

		assertThat(checkpoint.text())
			.isEqualTo("so-gd-hanoi\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n2026-06-30T00:00:00Z\n");
		assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
		assertThat(checkpoint.timestamp()).isEqualTo(TIME);
	}

	@Test
	void aSignedCheckpointVerifiesWithTheKeyAndTheCertificate() throws Exception {
		SignedCheckpoint signed = signer.sign(new Checkpoint("so-gd-hanoi", 8, ROOT, TIME));

		assertThat(signed.verify(department.getPublic())).isTrue();
		assertThat(signed.verify(certificate(department))).isTrue();
		assertThat(signed.verify(p256().getPublic())).isFalse();
	}

	@Test
	void theNoteReadsBackAndStillVerifies() {
		SignedCheckpoint signed = signer.sign(new Checkpoint("so-gd-hanoi", 1_000_000, ROOT, TIME));

		String note = signed.note();
		SignedCheckpoint read = SignedCheckpoint.parse(note);

		assertThat(note).startsWith(signed.checkpoint().text() + "\n\u2014 so-gd-hanoi ");
		assertThat(read).isEqualTo(signed);
		assertThat(read.verify(department.getPublic())).isTrue();
	}

	@Test
	void aChangedSizeRootTimeOrOriginDoesNotVerify() {
		SignedCheckpoint signed = signer.sign(new Checkpoint("so-gd-hanoi", 8, ROOT, TIME));
		byte[] otherRoot = ROOT.clone();
		otherRoot[31] ^= 1;

		assertThat(resigned(signed, new Checkpoint("so-gd-hanoi", 9, ROOT, TIME))).isFalse();
		assertThat(resigned(signed, new Checkpoint("so-gd-hanoi", 8, otherRoot, TIME))).isFalse();
		assertThat(resigned(signed, new Checkpoint("so-gd-hanoi", 8, ROOT, TIME.plusSeconds(1)))).isFalse();
		assertThat(resigned(signed, new Checkpoint("so-gd-hcm", 8, ROOT, TIME))).isFalse();
		assertThat(resigned(signed, signed.checkpoint())).isTrue();
	}

	@Test
	void aChangedNoteDoesNotVerify() {
		String note = signer.sign(new Checkpoint("so-gd-hanoi", 8, ROOT, TIME)).note();

		SignedCheckpoint tampered = SignedCheckpoint.parse(note.replace("\n8\n", "\n7\n"));

		assertThat(tampered.verify(department.getPublic())).isFalse();
	}

	@Test
	void aSignatureThatIsNotDerDoesNotVerify() {
		SignedCheckpoint garbage = new SignedCheckpoint(new Checkpoint("so-gd-hanoi", 8, ROOT, TIME),
				new byte[] { 1, 2, 3 });

		assertThat(garbage.verify(department.getPublic())).isFalse();
	}

	@Test
	void onlyP256KeysSignOrVerify() throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		KeyPair rsaPair = rsa.generateKeyPair();
		KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
		ec.initialize(new ECGenParameterSpec("secp384r1"));
		KeyPair p384 = ec.generateKeyPair();
		SignedCheckpoint signed = signer.sign(new Checkpoint("so-gd-hanoi", 8, ROOT, TIME));

		assertRefused(() -> new PrivateKeyCheckpointSigner(rsaPair.getPrivate()), "registry.checkpoint.key");
		assertRefused(() -> new PrivateKeyCheckpointSigner(p384.getPrivate()), "registry.checkpoint.key");
		assertRefused(() -> signed.verify(p384.getPublic()), "registry.checkpoint.key");
	}

	@Test
	void refusesTextsThatAreNotCanonical() {
		String good = new Checkpoint("so-gd-hanoi", 8, ROOT, TIME).text();

		assertRefused(() -> Checkpoint.parse(good.trim()), "registry.checkpoint.malformed");
		assertRefused(() -> Checkpoint.parse(good + "extra\n"), "registry.checkpoint.malformed");
		assertRefused(() -> Checkpoint.parse(good.replace("\n8\n", "\n08\n")), "registry.checkpoint.size");
		assertRefused(() -> Checkpoint.parse(good.replace("\n8\n", "\n-8\n")), "registry.checkpoint.size");
		assertRefused(() -> Checkpoint.parse(good.replace("\n8\n", "\n99999999999999999999\n")),
				"registry.checkpoint.size");
		assertRefused(() -> Checkpoint.parse(good.replace("=\n", "\n")), "registry.checkpoint.root");
		assertRefused(() -> Checkpoint.parse(good.replace("Xcna", "Xcn!")), "registry.checkpoint.root");
		assertRefused(() -> Checkpoint.parse(good.replace("2026-06-30T00:00:00Z", "2026-06-30T07:00:00+07:00")),
				"registry.checkpoint.time");
		assertRefused(() -> Checkpoint.parse(good.replace("2026-06-30T00:00:00Z", "2026-02-30T00:00:00Z")),
				"registry.checkpoint.time");
		assertRefused(() -> Checkpoint.parse(" " + good), "registry.checkpoint.origin");
		assertRefused(() -> new Checkpoint("so", 8, new byte[31], TIME), "registry.checkpoint.root");
	}

	@Test
	void refusesSignatureLinesThatAreNotOne() {
		String note = signer.sign(new Checkpoint("so-gd-hanoi", 8, ROOT, TIME)).note();
		String text = new Checkpoint("so-gd-hanoi", 8, ROOT, TIME).text();

		assertRefused(() -> SignedCheckpoint.parse(text), "registry.checkpoint.malformed");
		assertRefused(() -> SignedCheckpoint.parse(note.replace("\u2014 so-gd-hanoi", "\u2014 so-gd-hcm")),
				"registry.checkpoint.signatureLine");
		assertRefused(() -> SignedCheckpoint.parse(note + "\u2014 so-gd-hanoi AAAA\n"),
				"registry.checkpoint.signatureLine");
		assertRefused(() -> SignedCheckpoint.parse(text + "\n\u2014 so-gd-hanoi !!!\n"),
				"registry.checkpoint.signatureLine");
	}

	private boolean resigned(SignedCheckpoint original, Checkpoint claimed) {
		return new SignedCheckpoint(claimed, original.signature()).verify(department.getPublic());
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(CheckpointRefused.class,
				refused -> assertThat(refused.getMessageKey()).isEqualTo(messageKey));
	}

	private static KeyPair p256() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static X509Certificate certificate(KeyPair pair) throws Exception {
		X500Name name = new X500Name("CN=So Giao duc va Dao tao (test)");
		Date from = Date.from(TIME.minusSeconds(86_400));
		Date to = Date.from(TIME.plusSeconds(86_400 * 365L));
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, from, to, name, pair.getPublic());
		var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}

}
