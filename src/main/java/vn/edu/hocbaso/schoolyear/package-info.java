/**
 * School years and, later, their cut-off calendar (close-off dates, reminders, per-school extensions).
 */
package vn.edu.hocbaso.schoolyear;
