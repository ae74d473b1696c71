package vn.edu.hocbaso.submission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the school's submissions to the registry.
 *
 * @param registryUrl the department registry's base URL ({@code …/registry/transactions} is posted to); blank
 * (the default) for the registry embedded in this application, called in process
 * @param connectTimeout how long to wait for a connection to the registry
 * @param requestTimeout how long to wait for the registry's answer to one transaction
 * @param sender whether the scheduled sender retries unsent transactions and unfinished answers (off in tests)
 * @param senderInterval how often the scheduled sender runs
 */
@ConfigurationProperties("app.submission")
public record SubmissionProperties(@DefaultValue("") String registryUrl,
		@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT60S") Duration requestTimeout,
		@DefaultValue("true") boolean sender, @DefaultValue("PT1M") Duration senderInterval) {
}
