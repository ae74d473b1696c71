package vn.edu.hocbaso.signing;

import java.util.List;

/**
 * Published when a batch has signed records (once per batch, after the records are committed): the processes
 * complete the approval steps that the signatures fulfil.
 *
 * @param staffId who signed (the clerk, for the school's issue signature)
 * @param classIds the classes of the signed records
 * @param recordIds the signed records
 */
public record RecordsSigned(CertificateRole role, long staffId, List<Long> classIds, List<Long> recordIds) {

	public RecordsSigned {
		classIds = List.copyOf(classIds);
		recordIds = List.copyOf(recordIds);
	}

}
