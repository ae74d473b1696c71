package vn.edu.hocbaso.workflow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;

/**
 * How many of a class's current records stand in each state ("12 đã nộp"): the class page's status line and the
 * approval page's summary. Records set aside by a correction are not the pupils' records any more; the withdrawn
 * ones are still counted ("2 đã rút"), so that every record the registry had is accounted for.
 */
@Component("classRecordStates")
public class ClassRecordStates {

	private static final Set<RecordState> SET_ASIDE = Set.of(RecordState.WITHDRAWN, RecordState.SUPERSEDED,
			RecordState.REVOKED);

	private final YearRecordRepository records;

	ClassRecordStates(YearRecordRepository records) {
		this.records = records;
	}

	/**
	 * The class's current records, one per pupil: a replacement still being approved is not the pupil's record
	 * yet (the record it replaces is, until the registry accepts the replacement).
	 */
	@Transactional(readOnly = true)
	public List<YearRecord> currentRecords(long classId) {
		return records.findByClassIdOrderById(classId)
			.stream()
			.filter(record -> !SET_ASIDE.contains(record.getState()) && !record.isPendingReplacement())
			.toList();
	}

	/** The ids of the class's records that a replacement being approved will replace. */
	@Transactional(readOnly = true)
	public Set<Long> replacedByPending(long classId) {
		return records.findByClassIdOrderById(classId)
			.stream()
			.filter(record -> record.isPendingReplacement() && !SET_ASIDE.contains(record.getState()))
			.map(YearRecord::getReplacesId)
			.collect(Collectors.toSet());
	}

	/**
	 * The class's withdrawn records: those the registry had and gave back. A replacement set aside before it was
	 * accepted (still pending) never was a pupil's record and is left out.
	 */
	@Transactional(readOnly = true)
	public List<YearRecord> withdrawnRecords(long classId) {
		return records.findByClassIdOrderById(classId)
			.stream()
			.filter(record -> record.getState() == RecordState.WITHDRAWN && !record.isPendingReplacement())
			.toList();
	}

	/**
	 * The states the class's records are in, in the order of the way to the registry, with their counts: its
	 * current records and its withdrawn ones.
	 */
	@Transactional(readOnly = true)
	public List<StateCount> of(Long classId) {
		return counts(currentRecords(classId), withdrawnRecords(classId));
	}

	@SafeVarargs
	static List<StateCount> counts(List<YearRecord>... lists) {
		Map<RecordState, Long> counts = new EnumMap<>(RecordState.class);
		for (List<YearRecord> list : lists) {
			list.forEach(record -> counts.merge(record.getState(), 1L, Long::sum));
		}
		return counts.entrySet().stream().map(entry -> new StateCount(entry.getKey(), entry.getValue())).toList();
	}

	public record StateCount(RecordState state, long count) {
	}

}
