package vn.edu.hocbaso.registry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.HeldKeySigning;
import vn.edu.hocbaso.signing.RecordVerification;

/**
 * The registry's benchmark (DESIGN.md §10), each figure beside its raw baseline measured in the same run:
 * <ol>
 * <li><b>intake</b>: signed transactions of {@code batch} records go through {@link RegistryTransactions#receive}
 * (the intake, {@link RegistryIntake}) with full verification (envelope signature, three signatures per record,
 * approved issue certificate, enrolment, storage), against the raw baseline of the same records' signature verification alone
 * ({@link RecordVerification}). Both run on the same threads, transaction by transaction, interleaved, so that
 * both see the same machine;</li>
 * <li><b>lock</b>: {@link TransparencyLog#lock} of all accepted records (update, leaves, signed checkpoint),
 * against a plain SQL bulk update of the same rows, made just before in a transaction that is rolled back.</li>
 * </ol>
 * It needs an empty database: it writes its own school, pupils and certificates there
 * ({@link RegistryBenchmarkSchool}).
 */
@Component
class RegistryBenchmark {

	/** Records of Hanoi's primary schools, for the lock's extrapolation. */
	static final int HANOI_RECORDS = 770_000;

	private final JdbcTemplate jdbc;

	private final CertificateAuthority authority;

	private final HeldKeySigning keys;

	private final RegistryTransactions registry;

	private final RecordVerification verification;

	private final TransparencyLog log;

	private final TransactionTemplate transactions;

	/** Why the first rejected record was rejected, if any was: a benchmark that rejects measures nothing. */
	private final AtomicReference<String> firstRejection = new AtomicReference<>();

	RegistryBenchmark(JdbcTemplate jdbc, CertificateAuthority authority, HeldKeySigning keys, RegistryTransactions registry,
			RecordVerification verification, TransparencyLog log, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.authority = authority;
		this.keys = keys;
		this.registry = registry;
		this.verification = verification;
		this.log = log;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * @param records how many records were submitted
	 * @param accepted how many the intake accepted (all, unless something is wrong: then firstRejection says why)
	 * @param intake the intake's time with full verification, all threads together (wall clock)
	 * @param verification the same records' signature verification alone (wall clock)
	 * @param lock {@link TransparencyLog#lock} of the accepted records
	 * @param rawUpdate the plain SQL update of the same rows, rolled back
	 */
	record Report(int records, int accepted, String firstRejection, int batch, int threads, Duration intake,
			Duration verification, int locked, long treeSize, Duration lock, Duration rawUpdate) {

		double intakePerSecond() {
			return records / seconds(intake);
		}

		double verificationPerSecond() {
			return records / seconds(verification);
		}

		/** The intake's rate against the verification alone. */
		double intakeRatio() {
			return intakePerSecond() / verificationPerSecond();
		}

		/** The lock's rate against the raw update's: the target asks for at least 50%. */
		double lockRatio() {
			return seconds(rawUpdate) / seconds(lock);
		}

		/** The lock of Hanoi's records at this run's rate per record: an extrapolation, not a measurement. */
		Duration lockOfHanoi() {
			return Duration.ofNanos((long) ((double) lock.toNanos() * HANOI_RECORDS / Math.max(locked, 1)));
		}

	}

	/** Refuses a database that holds schools: the benchmark writes its own, and would mix with real data. */
	void checkEmpty() {
		long schools = jdbc.queryForObject("select count(*) from school", Long.class);
		if (schools > 0) {
			throw new IllegalArgumentException("the database already holds " + schools + " schools; the benchmark "
					+ "needs an empty one (a new DATA_DIR, or an empty database through DB_URL)");
		}
	}

	Report run(int records, int batch, int threads, Consumer<String> progress) {

		checkEmpty();
		RegistryBenchmarkSchool school = new RegistryBenchmarkSchool(jdbc, authority, keys, records);
		progress.accept("School, " + records + " pupils and certificates ready; signing " + records + " records");
		List<List<byte[]>> transactionsToSend = sign(school, records, batch, threads, progress);

		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			// Warm-up, not counted: the verifier's and the parser's first use.
			verifyAll(transactionsToSend.get(0).subList(0, Math.min(20, transactionsToSend.get(0).size())));

			long intakeNanos = 0;
			long verificationNanos = 0;
			int accepted = 0;
			for (int first = 0; first < transactionsToSend.size(); first += threads) {
				List<List<byte[]>> round = transactionsToSend.subList(first,
						Math.min(first + threads, transactionsToSend.size()));
				verificationNanos += timed(() -> inParallel(executor, round, this::verifyAll));
				List<Integer> counts = new ArrayList<>();
				intakeNanos += timed(() -> counts.addAll(inParallel(executor, round, list -> submit(school, list))));
				accepted += counts.stream().mapToInt(Integer::intValue).sum();
				progress.accept(Math.min(records, (first + round.size()) * batch) + " / " + records + " records "
						+ "submitted");
			}

			long rawNanos = timed(() -> rawUpdate(school));
			TransparencyLog.Locked[] locked = new TransparencyLog.Locked[1];
			long lockNanos = timed(() -> locked[0] = log.lock(school.id, school.schoolYearId));
			long treeSize = locked[0].checkpoint().map(signed -> signed.checkpoint().size()).orElse(0L);

			return new Report(records, accepted, firstRejection.get(), batch, threads, Duration.ofNanos(intakeNanos),
					Duration.ofNanos(verificationNanos), locked[0].records(), treeSize, Duration.ofNanos(lockNanos),
					Duration.ofNanos(rawNanos));
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** The records signed on the run's threads, cut into the transactions that will carry them. */
	private static List<List<byte[]>> sign(RegistryBenchmarkSchool school, int records, int batch, int threads,
			Consumer<String> progress) {

		byte[][] signed = new byte[records][];
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				int start = thread;
				work.add(executor.submit(() -> {
					for (int i = start; i < records; i += threads) {
						signed[i] = school.signedRecord(school.pupils.get(i));
					}
				}));
			}
			await(work);
		}
		finally {
			executor.shutdownNow();
		}
		progress.accept(records + " records signed");

		List<List<byte[]>> cut = new ArrayList<>();
		for (int first = 0; first < records; first += batch) {
			cut.add(List.of(signed).subList(first, Math.min(first + batch, records)));
		}
		return cut;
	}

	/** Submits one transaction as the school would send it; answers how many records were accepted. */
	private int submit(RegistryBenchmarkSchool school, List<byte[]> records) {
		AuthenticationRequest sender = AuthenticationRequest.of(school.code(), school.startYear,
				"bench-" + UUID.randomUUID(), TransactionType.SUBMIT);
		TransactionRequest request = TransactionSignature.sign(
				new TransactionRequest(sender, TransactionContent.encode(RecordList.of(records)), null),
				school.issue.privateKey(), school.issue.certificate());
		TransactionResponse response = registry.receive(request);
		if (response.records() == null) {
			throw new IllegalStateException("The registry refused a transaction: " + response.errorDescription());
		}
		response.records().stream()
			.filter(status -> status.status() != RecordStatus.Submission.ACCEPTED.code())
			.findFirst()
			.ifPresent(rejected -> firstRejection.compareAndSet(null, rejected.errorDescription()));
		return (int) response.records().stream()
			.filter(status -> status.status() == RecordStatus.Submission.ACCEPTED.code())
			.count();
	}

	private int verifyAll(List<byte[]> records) {
		int valid = 0;
		for (byte[] xml : records) {
			if (verification.verify(xml).valid()) {
				valid++;
			}
		}
		return valid;
	}

	/** The plain SQL update of the rows the lock will update, in a transaction rolled back. */
	private void rawUpdate(RegistryBenchmarkSchool school) {
		transactions.executeWithoutResult(status -> {
			jdbc.update("""
					update registry_record set status = 'LOCKED', locked_at = ?
					where school_id = ? and school_year_id = ? and status = 'ACCEPTED'""",
					Timestamp.from(Instant.now()), school.id, school.schoolYearId);
			status.setRollbackOnly();
		});
	}

	private static <T> List<Integer> inParallel(ExecutorService executor, List<T> items,
			ToIntFunction<T> work) {
		List<Future<Integer>> futures = items.stream().map(item -> executor.submit(() -> work.applyAsInt(item)))
			.toList();
		List<Integer> results = new ArrayList<>();
		for (Future<Integer> future : futures) {
			results.add(get(future));
		}
		return results;
	}

	private static void await(List<Future<?>> futures) {
		futures.forEach(RegistryBenchmark::get);
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Benchmark interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Benchmark failed", ex.getCause());
		}
	}

	private static long timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static double seconds(Duration elapsed) {
		return Math.max(elapsed.toNanos(), 1) / 1e9;
	}

}
