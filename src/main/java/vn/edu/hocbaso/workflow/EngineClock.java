package vn.edu.hocbaso.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Server time decides every date (DOMAIN.md §8b), and the application and the engine must agree on it: a
 * deadline refused as "in the past" must be past for the timers too. So the application's clock reads the
 * engine's, which process tests move to fire timers; in production both are the system clock in UTC.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

	@Bean
	Clock clock() {
		return new EngineTime(ZoneOffset.UTC);
	}

	private static final class EngineTime extends Clock {

		private final ZoneId zone;

		private EngineTime(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId otherZone) {
			return new EngineTime(otherZone);
		}

		@Override
		public Instant instant() {
			return ClockUtil.now().toInstant();
		}

	}

}
