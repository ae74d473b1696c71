package vn.edu.hocbaso.record;

import java.util.Optional;

/**
 * The outcome of normalising one typed or imported value: a value, no value (a blank cell), or a refusal
 * with the message key that says why.
 *
 * @param value the normalised value, {@code null} for a blank input or a refusal
 * @param errorKey the message key of the refusal ({@code record.input.*}), {@code null} when accepted
 */
public record Parsed<T>(T value, String errorKey) {

	static <T> Parsed<T> of(T value) {
		return new Parsed<>(value, null);
	}

	static <T> Parsed<T> blank() {
		return new Parsed<>(null, null);
	}

	static <T> Parsed<T> refused(String errorKey) {
		return new Parsed<>(null, errorKey);
	}

	public boolean isAccepted() {
		return errorKey == null;
	}

	public Optional<T> optional() {
		return Optional.ofNullable(value);
	}

}
