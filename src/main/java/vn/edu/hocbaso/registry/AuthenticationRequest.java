package vn.edu.hocbaso.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The sender part of a transaction envelope, the national {@code authenticationRequest} object (CV 2088
 * Annex 1 §II.2.2): the sending unit's code ({@code ma_don_vi}, here the school's code), the school year
 * ({@code nam_hoc}, a number: the year it starts), the message id ({@code messageid}) that makes a retry
 * recognisable, and the transaction type. The national session fields ({@code token}, {@code user_name},
 * {@code password} as a SHA-256 hash, {@code function}) are carried when present; this registry authenticates
 * a transaction by its signature instead and does not need them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthenticationRequest(
		@JsonProperty("token") String token,
		@JsonProperty("user_name") String userName,
		@JsonProperty("password") String password,
		@JsonProperty("ma_don_vi") String schoolCode,
		@JsonProperty("nam_hoc") Integer schoolYear,
		@JsonProperty("messageid") String messageId,
		@JsonProperty("type") TransactionType type,
		@JsonProperty("function") String function) {

	/** A request of this registry: no national session fields. */
	public static AuthenticationRequest of(String schoolCode, int schoolYear, String messageId,
			TransactionType type) {
		return new AuthenticationRequest(null, null, null, schoolCode, schoolYear, messageId, type, null);
	}

	@Override
	public String toString() {
		// The password hash and the token stay out of logs.
		return "AuthenticationRequest[ma_don_vi=" + schoolCode + ", nam_hoc=" + schoolYear + ", messageid="
				+ messageId + ", type=" + type + "]";
	}

}
