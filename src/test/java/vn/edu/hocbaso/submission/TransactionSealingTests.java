package vn.edu.hocbaso.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A submission over the size limit is cut into several transactions, records kept whole and in order. */
class TransactionSealingTests {

	@Test
	void cutsRecordsIntoPartsUnderTheLimitInOrder() {

		List<TransactionSealing.ToSubmit> records = IntStream.range(0, 7).mapToObj(i -> record(i, 1_000)).toList();

		List<List<TransactionSealing.ToSubmit>> parts = TransactionSealing.parts(records, 3_300);

		assertThat(parts).hasSize(3);
		assertThat(parts.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(records);
		assertThat(parts).allSatisfy(part -> assertThat(
				part.stream().mapToInt(record -> record.xml().length + 1).sum() + 256).isLessThanOrEqualTo(3_300));
	}

	@Test
	void keepsASmallClassInOneTransaction() {
		assertThat(TransactionSealing.parts(List.of(record(1, 10), record(2, 10)), 10 * 1024 * 1024)).hasSize(1);
	}

	@Test
	void refusesARecordThatAloneIsOverTheLimit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TransactionSealing.parts(List.of(record(1, 5_000)), 3_000))
			.withMessageContaining("Record 1");
	}

	private static TransactionSealing.ToSubmit record(long id, int size) {
		return new TransactionSealing.ToSubmit(new Submission.Item(id, UUID.randomUUID(), "Pupil " + id, null, null),
				new byte[size]);
	}

}
