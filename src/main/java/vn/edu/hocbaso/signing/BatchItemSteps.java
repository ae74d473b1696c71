package vn.edu.hocbaso.signing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.OptimisticLockException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.record.ApprovalRefused;

/**
 * One step of one record of a batch, in its own transaction with the item locked: the record's signature and the
 * item's new state commit together or not at all. A refusal of the checks or of the record's rules, or a record
 * changed meanwhile, rolls the step back and skips the record with the reason; so does an unexpected failure, which
 * is logged. An item no longer in the expected state (another request completed it) is left alone.
 */
final class BatchItemSteps {

	private static final Logger LOG = LoggerFactory.getLogger(BatchItemSteps.class);

	private final SigningBatchItemRepository items;

	private final TransactionTemplate transaction;

	BatchItemSteps(SigningBatchItemRepository items, TransactionTemplate transaction) {
		this.items = items;
		this.transaction = transaction;
	}

	/** Whether the step ran to its end and committed. */
	boolean run(SigningBatchItem item, SigningBatchItem.State expected, Consumer<SigningBatchItem> step) {
		try {
			Boolean done = transaction.execute(status -> {
				SigningBatchItem locked = items.findLockedById(item.getId()).orElseThrow();
				if (locked.getState() != expected) {
					return false;
				}
				step.accept(locked);
				return true;
			});
			return Boolean.TRUE.equals(done);
		}
		catch (SignatureRefused ex) {
			skip(item, expected, ex.getMessageKey(), Arrays.stream(ex.getArguments()).map(String::valueOf).toList());
		}
		catch (ApprovalRefused ex) {
			skip(item, expected, ex.getMessageKey(), ex.argumentsAsText());
		}
		catch (OptimisticLockingFailureException | OptimisticLockException ex) {
			skip(item, expected, "signing.batch.changed", List.of());
		}
		catch (RuntimeException ex) {
			LOG.error("record-{}: batch {} could not sign it", item.getRecordId(), item.getBatchId(), ex);
			skip(item, expected, "signing.batch.failed", List.of());
		}
		return false;
	}

	void skip(SigningBatchItem item, SigningBatchItem.State expected, String messageKey, List<String> arguments) {

		transaction.executeWithoutResult(status -> {
			SigningBatchItem locked = items.findLockedById(item.getId()).orElseThrow();
			if (locked.getState() == expected) {
				locked.skipped(messageKey, arguments);
			}
		});
		LOG.info("record-{}: skipped by signing batch {} ({})", item.getRecordId(), item.getBatchId(), messageKey);
	}

}
