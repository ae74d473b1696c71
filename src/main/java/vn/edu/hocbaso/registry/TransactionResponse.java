package vn.edu.hocbaso.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a transaction (CV 2088 Annex 1 §II.2.2): the message id, the error code and its title
 * ({@code Error}, {@code ErrorDescription}; empty code when there is none), the response code and its details
 * and, for the status queries, one {@link RecordStatus} per record. The spec names no field for that list; this
 * registry calls it {@code DanhSachHocBa} [project decision] and leaves it out when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionResponse(
		@JsonProperty("MessageId") String messageId,
		@JsonProperty("Error") String error,
		@JsonProperty("ErrorDescription") String errorDescription,
		@JsonProperty("ResponseCode") String responseCode,
		@JsonProperty("ResponseDescription") String responseDescription,
		@JsonProperty("DanhSachHocBa") List<RecordStatus> records) {

	public TransactionResponse {
		records = records == null ? null : List.copyOf(records);
	}

	/** A refusal of the whole transaction, with its code and the text of its message. */
	public static TransactionResponse refused(String messageId, TransactionError error, String description) {
		return new TransactionResponse(messageId, error.code(), description, error.code(), description, null);
	}

}
