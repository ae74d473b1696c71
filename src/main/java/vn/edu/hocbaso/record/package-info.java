/**
 * The yearly record (học bạ) of a pupil per Circular 27/2020: subject results, qualities and competencies,
 * the overall result, commendations and completion; the grade matrix, the rules that suggest the overall
 * result, the pre-signing checks, the normalising of typed or imported input, the audit of every change and
 * the national XML form of a record.
 */
package vn.edu.hocbaso.record;
