package vn.edu.hocbaso.gradebook;

import java.util.List;

/**
 * An import refused as a whole: the file could not be read, or rows or columns are wrong. Thrown inside the
 * import's transaction, so that nothing it touched is kept.
 */
class SheetRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<SheetProblem> problems;

	SheetRefused(List<SheetProblem> problems) {
		super(problems.size() + " problems in the imported sheet");
		this.problems = List.copyOf(problems);
	}

	SheetRefused(String code, Object... arguments) {
		this(List.of(new SheetProblem(code, arguments)));
	}

	List<SheetProblem> problems() {
		return problems;
	}

}
