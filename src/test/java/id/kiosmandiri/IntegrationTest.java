package id.kiosmandiri;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application on the real embedded MariaDB (demo data loaded), on the
 * test clock ({@link TestClock}: the day in {@code kiosk.test.today}).
 * All tests use this one configuration, so Spring starts the context once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.class, StoredRows.class, EnrolmentSwitch.class})
public @interface IntegrationTest {
}
