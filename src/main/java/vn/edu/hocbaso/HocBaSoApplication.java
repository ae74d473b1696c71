package vn.edu.hocbaso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import vn.edu.hocbaso.demo.CityGenerationCommand;

/**
 * Học bạ số: the digital primary-school record of a Vietnamese province or city.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HocBaSoApplication {

	public static void main(String[] args) {

		ConfigurableApplicationContext context = application(args).run(args);

		if (CityGenerationCommand.requested(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/** The application for these arguments: a command-line city generation runs without the web server. */
	static SpringApplication application(String... args) {

		SpringApplication application = new SpringApplication(HocBaSoApplication.class);
		if (CityGenerationCommand.requested(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}

		return application;
	}

}
