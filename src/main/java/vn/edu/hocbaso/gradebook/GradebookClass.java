package vn.edu.hocbaso.gradebook;

/**
 * The class a grid is of, as the signed-in user may use it.
 *
 * @param id the class
 * @param name such as 4A
 * @param schoolName the school's name
 * @param yearName the school year, such as 2026-2027
 * @param grade 1 to 5
 * @param access what the user may change
 */
record GradebookClass(long id, String name, String schoolName, String yearName, int grade, GradebookAccess access) {
}
