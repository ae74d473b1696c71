/**
 * What every module shares: the database (embedded or external), web settings, layout and error handling.
 */
package vn.edu.hocbaso.system;
