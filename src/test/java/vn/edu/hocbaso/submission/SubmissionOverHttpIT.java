package vn.edu.hocbaso.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.workflow.ClassBooks;

/**
 * The school's client over HTTP, as to a registry run by the department elsewhere: {@code app.registry.url} names
 * this application's own port, so the sealed transaction goes out through the JDK's HTTP client and comes in
 * through {@code POST /registry/transactions} like any outside school system's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SubmissionOverHttpIT {

	@DynamicPropertySource
	static void registryOnOwnPort(DynamicPropertyRegistry registry) throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		registry.add("server.port", () -> port);
		registry.add("app.registry.url", () -> "http://localhost:" + port);
	}

	@Autowired
	SubmittingSchool school;

	@Autowired
	RegistrySubmissions submissions;

	@Autowired
	YearRecordRepository records;

	@Autowired
	ClassBooks classBooks;

	@Test
	void theClassGoesToTheRegistryOverHttpAndIsAccepted(CapturedOutput output) {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(2);

		walk.clerkSigns();

		assertThat(walk.recordIds).allSatisfy(
				id -> assertThat(records.findById(id).orElseThrow().getState()).isEqualTo(RecordState.ACCEPTED));
		assertThat(classBooks.currentStep(walk.classId)).isEmpty();
		assertThat(submissions.ofClass(walk.classId)).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(SubmissionState.ANSWERED));
		// The registry received it through its HTTP controller, on a server thread, not in the clerk's thread.
		assertThat(output.getOut()).containsPattern("-exec-\\d+\\] vn\\.edu\\.hocbaso\\.registry\\.RegistryIntake"
				+ " +: Transaction " + submissions.ofClass(walk.classId).get(0).messageId() + " .*2 records accepted");
	}

}
