package vn.edu.hocbaso.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo city generated on first start.
 *
 * @param enabled whether an empty database gets the demo city at start
 * @param password the password of every demo account
 * @param seed the random seed; the same seed gives the same city
 * @param chunkPupils about how many pupils are generated and copied at a time; bounds the memory a load needs
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("hocbaso2026") String password,
		@DefaultValue("2026") long seed, @DefaultValue("25000") int chunkPupils) {
}
