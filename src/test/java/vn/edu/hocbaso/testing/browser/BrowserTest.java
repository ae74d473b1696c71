package vn.edu.hocbaso.testing.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test of the whole application through a real browser: the application runs on a random port, and test
 * methods take a {@link Browser} parameter. Without Chromium and ChromeDriver the tests are skipped, or fail
 * when {@code REQUIRE_BROWSER_TESTS=true}. Name such classes {@code *IT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
