/**
 * School years and their cut-off calendar: close-off instants, reminders and task due dates, per-school
 * extensions, classes recorded as late, and the audit of every change (edited by the department).
 */
package vn.edu.hocbaso.schoolyear;
