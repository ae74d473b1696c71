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

		SpringApplication application = new SpringApplication(HocBaSoApplication.class);
		boolean command = CityGenerationCommand.requested(args);
		if (command) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}

		ConfigurableApplicationContext context = application.run(args);
		if (command) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
