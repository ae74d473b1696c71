package vn.edu.hocbaso.schoolyear;

import java.util.Set;

/**
 * Published when the department edits a school year's calendar or grants a school an extension, so that
 * waiting timers and task due dates follow.
 *
 * @param schoolIds the schools whose deadlines moved; empty when the whole calendar changed
 */
public record DeadlinesChanged(long schoolYearId, Set<Long> schoolIds) {
}
