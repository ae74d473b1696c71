package vn.edu.hocbaso.record;

/**
 * One result of the pre-signing checks.
 *
 * @param severity an error keeps the record from being marked complete; a warning asks for a second look
 * @param field the field it is about, named as in {@link RecordField}
 * @param messageKey the text to show ({@code record.check.*})
 */
public record Finding(Severity severity, String field, String messageKey) {

	static Finding error(String field, String messageKey) {
		return new Finding(Severity.ERROR, field, messageKey);
	}

	static Finding warning(String field, String messageKey) {
		return new Finding(Severity.WARNING, field, messageKey);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public enum Severity {

		ERROR, WARNING

	}

}
