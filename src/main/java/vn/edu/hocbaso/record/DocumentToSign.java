package vn.edu.hocbaso.record;

/**
 * What a signature step signs: the record's national XML as the step must see it, and the version of the record it
 * was made from. The homeroom teacher signs a fresh national form of the record; the principal and the school sign
 * the XML the step before stored, byte for byte, so that the earlier signatures stay valid.
 *
 * @param recordId the record
 * @param version the record's version the XML was made from; {@link RecordApprovals#recordSignature} refuses the
 * signature when the record changed since
 * @param step the step that signs
 * @param xml the XML to sign
 */
public record DocumentToSign(long recordId, long version, RecordApproval.Step step, byte[] xml) {

	@Override
	public String toString() {
		return "DocumentToSign[record=" + recordId + ", version=" + version + ", step=" + step + "]";
	}

}
