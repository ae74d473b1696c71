/**
 * The school's side of the national transaction interface (nộp lên Sở): every transaction leaving the school is
 * sealed with the school's issue key at the moment the clerk acts with her password (after a batch of issue
 * signatures, or on the correction page), stored in an outbox ({@code registry_submission}, V72) and sent by the
 * process step, which carries ids only. The registry's answer sets the records accepted or rejected and moves the
 * waiting process on; a scheduled sender retries what the registry did not receive.
 * <p>
 * Depends on signing (the sealing hook and the issue key), record (the signed XML, the record states) and
 * registry (the transaction format; the embedded registry, called in process when no URL is set).
 */
package vn.edu.hocbaso.submission;
