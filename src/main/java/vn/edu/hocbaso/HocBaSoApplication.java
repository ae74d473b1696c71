package vn.edu.hocbaso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Học bạ số: the digital primary-school record of a Vietnamese province or city.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HocBaSoApplication {

	public static void main(String[] args) {
		SpringApplication.run(HocBaSoApplication.class, args);
	}

}
