package vn.edu.hocbaso.workflow;

import org.springframework.stereotype.Component;

import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.record.YearRecordRepository;

/** The pupil's name for a notice about one record: a teacher knows her pupils by name, not by record id. */
@Component
class PupilNames {

	private final YearRecordRepository records;

	private final PupilRepository pupils;

	PupilNames(YearRecordRepository records, PupilRepository pupils) {
		this.records = records;
		this.pupils = pupils;
	}

	String ofRecord(long recordId) {
		return records.findById(recordId)
			.flatMap(record -> pupils.findById(record.getPupilId()))
			.map(Pupil::getFullName)
			.orElse(String.valueOf(recordId));
	}

}
