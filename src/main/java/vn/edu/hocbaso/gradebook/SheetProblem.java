package vn.edu.hocbaso.gradebook;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One reason an import was refused, as a message key with its arguments; an argument may itself be a message
 * (the normaliser's reason inside "Dòng 7, cột …: …").
 */
final class SheetProblem extends DefaultMessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	SheetProblem(String code, Object... arguments) {
		super(new String[] { code }, arguments);
	}

	static SheetProblem cell(int row, String header, String reasonKey) {
		return new SheetProblem("sheet.error.cell", row, header, new DefaultMessageSourceResolvable(reasonKey));
	}

}
