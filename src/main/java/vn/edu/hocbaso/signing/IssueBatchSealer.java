package vn.edu.hocbaso.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * Called after a batch of issue signatures made with the school's key on the server, while that key is unlocked
 * and before {@link RecordsSigned} moves the processes on: the moment a transaction to the registry can be sealed
 * with the same key without asking the clerk for her password again. The key stays in memory and must not be kept
 * beyond the call. A sealer's failure is logged and leaves the signatures stored.
 * <p>
 * A batch whose issue key is elsewhere (external signer) calls no sealer: its records can be issued but not sealed.
 */
public interface IssueBatchSealer {

	void sealIssued(IssuedBatch batch, PrivateKey key, X509Certificate certificate);

}
