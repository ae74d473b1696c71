package vn.edu.hocbaso.registry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The department's daily checkpoint of the transparency log, so that the log's state is vouched for every day
 * even without a lock. On unless {@code app.registry.daily-checkpoint=false} (the tests and the command-line
 * commands turn it off); the time is {@code app.registry.daily-checkpoint-cron}, 01:00 by default.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "app.registry.daily-checkpoint", havingValue = "true", matchIfMissing = true)
class DailyCheckpoint {

	private final TransparencyLog log;

	DailyCheckpoint(TransparencyLog log) {
		this.log = log;
	}

	@Scheduled(cron = "${app.registry.daily-checkpoint-cron:0 0 1 * * *}", zone = "Asia/Ho_Chi_Minh")
	void sign() {
		log.dailyCheckpoint();
	}

}
