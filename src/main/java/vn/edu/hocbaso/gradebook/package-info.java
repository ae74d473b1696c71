/**
 * The class grid (sổ điểm lớp): every pupil of a class by every field of the grade's record on one page, saved
 * in one go with each record's version, with each record's checks and the class's progress. The homeroom
 * teacher edits everything, a subject teacher only her subject's columns, the school board reads.
 */
package vn.edu.hocbaso.gradebook;
