package id.kiosmandiri;

import id.kiosmandiri.kiosk.KioskTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application runs on the day in {@code kiosk.test.today}: a {@code -Dkiosk.test.today=...}
 * on the Maven command line reaches the test JVM (surefire passes Maven's user properties on as
 * system properties) and wins over application-test.yml.
 */
@IntegrationTest
class TestClockTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Environment env;
    @Autowired
    Clock clock;
    @Autowired
    KioskTime kioskTime;
    @Autowired
    JdbcTemplate jdbc;

    private LocalDate testDay() {
        return LocalDate.parse(env.getRequiredProperty(TestClock.PROPERTY));
    }

    @Test
    void theApplicationsOnlyClockIsTheTestClockOnTheTestDay() {
        System.out.println("Test day: " + testDay() + " (system property " + TestClock.PROPERTY + ": "
                + System.getProperty(TestClock.PROPERTY) + "), application clock: " + clock.instant());
        assertThat(context.getBeansOfType(Clock.class)).as("the application's own clock stepped back").hasSize(1);
        assertThat(LocalDate.now(clock)).isEqualTo(testDay());
        for (String kiosk : new String[]{"DEMO-01", "TEST-WITA", "TEST-WIT"}) {
            assertThat(kioskTime.today(kiosk)).as("today at %s", kiosk).isEqualTo(testDay());
        }
    }

    @Test
    void aSystemPropertyFromTheCommandLineIsTheTestDay() {
        String fromCommandLine = System.getProperty(TestClock.PROPERTY);
        if (fromCommandLine != null) {
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse(fromCommandLine));
        }
    }

    @Test
    void theDemoDataWasGeneratedForTheTestDay() {
        // the generator writes its "today" as every demo member's creation time (DemoDataTest reads it back so too)
        Timestamp created = jdbc.queryForObject("SELECT created_at FROM member WHERE id = 1", Timestamp.class);
        assertThat(created.toInstant().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(testDay());
    }

    @Test
    void theClockTicks() throws InterruptedException {
        var before = clock.instant();
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(before);
        assertThat(TestClock.ticking(LocalDate.of(2027, 1, 10)).instant().toString()).startsWith("2027-01-10T03:00:0");
    }
}
