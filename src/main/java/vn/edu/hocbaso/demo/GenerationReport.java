package vn.edu.hocbaso.demo;

import java.time.Duration;

/**
 * What a city generation wrote and how fast.
 *
 * @param schools schools written
 * @param classes classes written
 * @param staff members of staff written, each with an account
 * @param pupils pupils written, each with guardians and an enrolment
 * @param elapsed time from the first row to the commit
 */
public record GenerationReport(int schools, int classes, int staff, int pupils, Duration elapsed) {

	public double pupilsPerSecond() {
		return pupils / Math.max(0.001, elapsed.toNanos() / 1e9);
	}

}
