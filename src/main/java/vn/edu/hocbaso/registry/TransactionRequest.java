package vn.edu.hocbaso.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A transaction as a school (or an outside school system) sends it (CV 2088 Annex 1 §II.2.2): the sender in
 * {@code authenticationRequest}, the records in {@code content} ({@link TransactionContent}) and the sending
 * school's organisational signature of the transaction in {@code Signature}.
 * <p>
 * The spec does not say which bytes {@code Signature} covers nor in what form (its revocation example gives the
 * list root an id, {@code <DANH_SACH_HOC_BA id="dataDanhSach">}, which suggests an XMLDSig pointing at it); this
 * registry's decision, a detached CMS signature over the envelope's fields and the content, is
 * {@link TransactionSignature}. This record carries the value as a string.
 */
public record TransactionRequest(
		@JsonProperty("authenticationRequest") AuthenticationRequest authenticationRequest,
		@JsonProperty("content") String content,
		@JsonProperty("Signature") String signature) {

	/** A request with the content encoded from the XML and the signature still to be added. */
	public static TransactionRequest of(AuthenticationRequest sender, String xml) {
		return new TransactionRequest(sender, TransactionContent.encode(xml), null);
	}

	/** The same request with the signature set. */
	public TransactionRequest withSignature(String newSignature) {
		return new TransactionRequest(authenticationRequest, content, newSignature);
	}

	@JsonIgnore
	public String messageId() {
		return authenticationRequest == null ? null : authenticationRequest.messageId();
	}

	@Override
	public String toString() {
		// The content holds whole records, which stay out of logs.
		return "TransactionRequest[" + authenticationRequest + ", content=" + length(content) + " chars, Signature="
				+ length(signature) + " chars]";
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}

}
