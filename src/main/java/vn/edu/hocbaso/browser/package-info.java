/**
 * The home page of each role and the organisation browser: schools, classes, pupils and pupil search, each
 * limited to what the signed-in user may see.
 */
package vn.edu.hocbaso.browser;
