package vn.edu.hocbaso.registry;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A pupil's record versions in the registry, for the pupil page of signed-in users, each with the address of its
 * public verification page. Templates call it as {@code ${@registryRecords.of(pupil.id)}}; the page's own access
 * check has already decided who sees the pupil.
 */
@Component("registryRecords")
public class PublicVerificationLinks {

	/** One record version of a pupil: its lookup code, school year and state. */
	public record PupilRecord(UUID lookupCode, int schoolYear, RegistryRecordStatus status) {

		public String schoolYearName() {
			return schoolYear + "-" + (schoolYear + 1);
		}

		public String verificationPath() {
			return "/verify/" + lookupCode;
		}

	}

	private final RegistryVerificationQueries queries;

	PublicVerificationLinks(RegistryVerificationQueries queries) {
		this.queries = queries;
	}

	/** The pupil's record versions, newest school year first. */
	public List<PupilRecord> of(long pupilId) {
		return queries.recordsOfPupil(pupilId);
	}

}
