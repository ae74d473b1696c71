package vn.edu.hocbaso.workflow;

import org.springframework.stereotype.Service;

/**
 * Starts class record book processes and hands them the registry's answer.
 * SKELETON: helper "classbook" builds the bodies.
 */
@Service
public class ClassBooks {

	/** Starts the class record book of the class unless one runs already; idempotent. */
	public void open(long classId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/**
	 * The registry answered for the submitted records of a class (or of a record in supplementary evaluation):
	 * correlates message {@code RegistryAnswer} by business key. The record states are set by the caller.
	 */
	public void registryAnswered(String businessKey, boolean allAccepted, String rejectionReasons) {
		throw new UnsupportedOperationException("not built yet");
	}

}
