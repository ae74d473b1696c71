package vn.edu.hocbaso.demo;

import java.time.Duration;

/**
 * What a city generation wrote and how fast.
 *
 * @param schools schools written
 * @param classes classes written
 * @param staff members of staff written, each with an account
 * @param pupils pupils written, each with guardians and an enrolment
 * @param rows rows written into the school, class, staff, role, account, pupil, guardian and enrolment tables
 * @param elapsed time from the first row until the indexes and constraints were restored
 */
public record GenerationReport(int schools, int classes, int staff, int pupils, long rows, Duration elapsed) {

	public double pupilsPerSecond() {
		return pupils / seconds();
	}

	public double rowsPerSecond() {
		return rows / seconds();
	}

	private double seconds() {
		return Math.max(0.001, elapsed.toNanos() / 1e9);
	}

}
