package vn.edu.hocbaso.organisation;

/**
 * How many pupils a class or a school has now (sĩ số).
 *
 * @param id the class or school
 * @param pupils pupils currently enrolled
 */
public record ClassSize(Long id, long pupils) {
}
