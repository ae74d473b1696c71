package vn.edu.hocbaso.organisation;

/**
 * A pupil enrolled in a class: a new pupil, or one who kept her identity and moved in from another class.
 */
public record Registered(Long pupilId, Long classId, String fullName, String className, boolean transfer) {
}
