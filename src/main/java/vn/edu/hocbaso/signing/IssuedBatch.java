package vn.edu.hocbaso.signing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A batch of the school's issue signatures (chữ ký phát hành) made with a key on the server, handed to the
 * {@link IssueBatchSealer}s before {@link RecordsSigned} is published.
 *
 * @param staffId the clerk who signed with her password
 * @param schoolId the school of the issue certificate
 * @param certificateId the issue certificate the records were signed with
 * @param recordIdsByClass the records signed in this batch, per class, in signing order
 */
public record IssuedBatch(UUID batchId, long staffId, long schoolId, long certificateId,
		Map<Long, List<Long>> recordIdsByClass) {

	public IssuedBatch {
		recordIdsByClass = Map.copyOf(recordIdsByClass);
	}

}
