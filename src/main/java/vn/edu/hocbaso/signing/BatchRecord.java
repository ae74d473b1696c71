package vn.edu.hocbaso.signing;

/** A record a batch signs or lists as skipped, with the names the progress page shows. */
record BatchRecord(long recordId, long classId, String pupilName, String className) {
}
