package vn.edu.hocbaso.signing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Ends the JVM once the signing benchmark has printed its figures, with the command's exit code: without the
 * web server nothing else is left to do, but the embedded database and the engine would keep the JVM alive.
 * ({@code HocBaSoApplication} does this for the city generation; this module may not change that class.)
 */
@Component
class SigningBenchmarkExit implements ApplicationListener<ApplicationReadyEvent> {

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (SigningBenchmarkCommand.requested(event.getArgs())) {
			System.exit(SpringApplication.exit(event.getApplicationContext()));
		}
	}

}
