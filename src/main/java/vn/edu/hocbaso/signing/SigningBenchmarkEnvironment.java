package vn.edu.hocbaso.signing;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the application as a command for {@code --benchmark-signing}: no web server, no job executor and no demo
 * city, so that the benchmark starts quickly, measures signing alone and the JVM ends when it is done. (The
 * city generation does the same in {@code HocBaSoApplication}; this module may not change that class.)
 */
class SigningBenchmarkEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(SigningBenchmarkCommand.OPTION)) {
			environment.getPropertySources().addFirst(new MapPropertySource("signingBenchmark", Map.of(
					"spring.main.web-application-type", "none", "camunda.bpm.job-execution.enabled", "false",
					"app.demo.enabled", "false")));
		}
	}

}
