package vn.edu.hocbaso.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.w3c.dom.Document;

/**
 * Signs records as a batch does, three signatures each, and measures raw signatures of the same key type in the
 * same run (DESIGN.md §10: the batch should reach 60% of raw Bouncy Castle signing, counting three signatures a
 * record).
 *
 * <p>Each signature is what a batch step does for one record: read the XML, check the rules, sign with the
 * server key unlocked once for the batch, write the XML ({@link RecordXml}, {@link SigningRules},
 * {@link XmlSignatures}, as {@link ServerKeySigner} does). The keys come from a PKI made for the run, so the
 * figure does not depend on a database; a batch over stored records adds reading and writing them.
 *
 * <p>Two raw rates are measured: Bouncy Castle's, the target's baseline and the provider {@link XmlSignatures}
 * signs with, and the JDK provider's, the XML signature API's default, for comparison.
 */
final class SigningBenchmark {

	private static final ZoneOffset ICT = ZoneOffset.ofHours(7);

	private static final int ROUND = 100;

	private SigningBenchmark() {
	}

	/**
	 * @param records how many records were signed
	 * @param recordsPerSecond the batch's rate
	 * @param rawBouncyCastlePerSecond raw Bouncy Castle signatures of the same key type, same threads, same run
	 * @param rawJdkPerSecond the same with the JDK's provider, for comparison
	 */
	record Report(int records, KeyType keyType, int threads, Duration elapsed, double recordsPerSecond,
			double rawBouncyCastlePerSecond, double rawJdkPerSecond) {

		/** The batch's signatures per second against the raw Bouncy Castle rate: the target's ratio. */
		double ratio() {
			return 3 * recordsPerSecond / rawBouncyCastlePerSecond;
		}

		/** The batch's signatures per second against the raw rate of the JDK's provider. */
		double jdkRatio() {
			return 3 * recordsPerSecond / rawJdkPerSecond;
		}

	}

	/**
	 * Signs in rounds of {@value #ROUND} records, each followed by as many raw signatures of each provider as the
	 * round made, so that all rates see the same machine: on a shared machine the load of other work changes
	 * within seconds.
	 */
	static Report run(int records, KeyType keyType, int threads, IntConsumer progress) {

		Pki pki = new Pki(keyType);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			signRecords(pki, Math.min(records, 200), executor, threads);
			rawSignatures(pki, CertificateIssuer.BC, 600, executor, threads);
			rawSignatures(pki, null, 600, executor, threads);

			long signingNanos = 0;
			long bouncyCastleNanos = 0;
			long jdkNanos = 0;
			for (int done = 0; done < records; done += ROUND) {
				int round = Math.min(ROUND, records - done);
				signingNanos += timed(() -> signRecords(pki, round, executor, threads));
				bouncyCastleNanos += timed(() -> rawSignatures(pki, CertificateIssuer.BC, 3 * round, executor, threads));
				jdkNanos += timed(() -> rawSignatures(pki, null, 3 * round, executor, threads));
				progress.accept(done + round);
			}
			return report(records, keyType, threads, signingNanos, bouncyCastleNanos, jdkNanos);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static Report report(int records, KeyType keyType, int threads, long signingNanos,
			long bouncyCastleNanos, long jdkNanos) {

		Duration elapsed = Duration.ofNanos(signingNanos);
		return new Report(records, keyType, threads, elapsed, records / seconds(elapsed),
				3.0 * records / seconds(Duration.ofNanos(bouncyCastleNanos)),
				3.0 * records / seconds(Duration.ofNanos(jdkNanos)));
	}

	private static void signRecords(Pki pki, int records, ExecutorService executor, int threads) {
		runInParallel(records, executor, threads, index -> {
			byte[] xml = SampleRecordXml.of(UUID.randomUUID().toString(), Pki.SCHOOL, Pki.TEACHER_ID,
					Pki.PRINCIPAL_ID);
			OffsetDateTime at = OffsetDateTime.now(ICT);
			xml = sign(xml, CertificateRole.TEACHER, pki.teacher, Pki.TEACHER_ID, at);
			xml = sign(xml, CertificateRole.PRINCIPAL, pki.principal, Pki.PRINCIPAL_ID, at);
			sign(xml, CertificateRole.SCHOOL_ISSUE, pki.school, null, at);
		});
	}

	private static byte[] sign(byte[] xml, CertificateRole role, Pkcs12.Unlocked key, String personalId,
			OffsetDateTime at) {

		Document document = RecordXml.parse(xml);
		SigningRules.check(document, role, key.certificate(), null, personalId, at);
		XmlSignatures.sign(document, role, key.key(), key.certificate(), at, personalId);

		return RecordXml.serialise(document);
	}

	/**
	 * Raw signatures over a message the size of a canonical SignedInfo, with the teacher's key.
	 *
	 * @param provider the provider to sign with; null for the JDK's choice, as the XML signature API makes it
	 */
	private static void rawSignatures(Pki pki, Provider provider, int signatures, ExecutorService executor,
			int threads) {

		byte[] message = "<ds:SignedInfo>".repeat(70).getBytes(StandardCharsets.UTF_8);
		runInParallel(signatures, executor, threads, index -> {
			try {
				Signature signature = provider == null ? pki.keyType.jcaSignature()
						: pki.keyType.jcaSignature(provider);
				signature.initSign(pki.teacher.key());
				signature.update(message);
				signature.sign();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static long timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	/** Runs on the run's threads, kept from round to round as a batch keeps its workers (and their parsers). */
	private static void runInParallel(int count, ExecutorService executor, int threads, IntConsumer task) {
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				int first = thread;
				futures.add(executor.submit(() -> {
					for (int index = first; index < count; index += threads) {
						task.accept(index);
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Benchmark interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Benchmark failed", ex.getCause());
		}
	}

	private static double seconds(Duration elapsed) {
		return Math.max(elapsed.toNanos(), 1) / 1e9;
	}

	/** The run's own authority and three holders, their keys unlocked from PKCS#12 as a batch does once. */
	private static final class Pki {

		static final String SCHOOL = "79000001";

		static final String TEACHER_ID = "079190000001";

		static final String PRINCIPAL_ID = "079175000002";

		private static final char[] PASSWORD = UUID.randomUUID().toString().toCharArray();

		final KeyType keyType;

		final Pkcs12.Unlocked teacher;

		final Pkcs12.Unlocked principal;

		final Pkcs12.Unlocked school;

		Pki(KeyType keyType) {
			this.keyType = keyType;
			Instant now = Instant.now();
			var rootKeys = keyType.generate();
			var root = CertificateIssuer.root("Benchmark", rootKeys, java.math.BigInteger.ONE, now.minusSeconds(60),
					now.plus(Duration.ofDays(1)));
			var issuer = new CertificateIssuer.IssuingKey(root, rootKeys.getPrivate());
			this.teacher = holder(issuer, new Holder("Giáo viên Chủ Nhiệm", TEACHER_ID, CertificateRole.TEACHER,
					SCHOOL, "Trường Tiểu học Thử"), 2);
			this.principal = holder(issuer, new Holder("Hiệu Trưởng", PRINCIPAL_ID, CertificateRole.PRINCIPAL,
					SCHOOL, "Trường Tiểu học Thử"), 3);
			this.school = holder(issuer, new Holder("Trường Tiểu học Thử", null, CertificateRole.SCHOOL_ISSUE,
					SCHOOL, "Trường Tiểu học Thử"), 4);
		}

		private Pkcs12.Unlocked holder(CertificateIssuer.IssuingKey issuer, Holder holder, long serial) {
			var keys = keyType.generate();
			Instant now = Instant.now();
			var certificate = CertificateIssuer.issue(issuer, holder, keys.getPublic(),
					java.math.BigInteger.valueOf(serial), now.minusSeconds(60), now.plus(Duration.ofDays(1)));
			byte[] pkcs12 = Pkcs12.create(keys.getPrivate(), certificate, issuer.certificate(), PASSWORD);
			return Pkcs12.unlock(pkcs12, PASSWORD);
		}

	}

}
