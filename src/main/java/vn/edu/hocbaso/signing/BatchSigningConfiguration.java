package vn.edu.hocbaso.signing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The background threads of batch signing: two, so that batches never take every core of a small server. */
@Configuration(proxyBeanMethods = false)
class BatchSigningConfiguration {

	static final String EXECUTOR = "signingBatchExecutor";

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor signingBatchExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(500);
		executor.setThreadNamePrefix("signing-batch-");
		// On shutdown a running batch stops between two records; the next start marks it INTERRUPTED.
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
