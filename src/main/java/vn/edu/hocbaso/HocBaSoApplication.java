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

		if (CityGenerationCommand.requested(args)) {
			checkCityOptions(args);
		}
		ConfigurableApplicationContext context = application(args).run(args);

		if (CityGenerationCommand.requested(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/**
	 * Refuses bad command-line options at once, before half a minute of start-up. Logging is not set up yet,
	 * so the reason goes to standard error.
	 */
	private static void checkCityOptions(String[] args) {
		try {
			CityGenerationCommand.Options.of(args, 0);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("No city generated: " + ex.getMessage());
			System.exit(2);
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
