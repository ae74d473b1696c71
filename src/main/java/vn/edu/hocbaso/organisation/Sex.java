package vn.edu.hocbaso.organisation;

/**
 * Sex as recorded on the birth certificate (giới tính); stored as M or F.
 */
public enum Sex {

	M, F

}
