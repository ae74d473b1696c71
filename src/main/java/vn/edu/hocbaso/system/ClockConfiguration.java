package vn.edu.hocbaso.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Server time decides every date (DOMAIN.md §8b); code asks this clock rather than the system directly, so
 * that tests can set the date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
