package id.kiosmandiri;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's {@link Clock} in every {@link IntegrationTest}: it starts at 10:00 WIB on the
 * day in {@value #PROPERTY} (application-test.yml has the default; {@code ./mvnw verify
 * -Dkiosk.test.today=2027-01-10} picks another) and then ticks with real time, so idle timeouts
 * in browser tests still run out. The demo data is generated for that day, and "today" for every
 * expectation comes from this clock (the {@code Clock} bean or {@code KioskTime}), so the suite
 * passes on any date. Imported by {@link IntegrationTest}, so all tests still share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final String PROPERTY = "kiosk.test.today";
    /** 10:00 in Jakarta is 03:00 UTC and 12:00 in Jayapura: the same day in every kiosk zone. */
    public static final LocalTime START_TIME = LocalTime.of(10, 0);
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final Logger log = LoggerFactory.getLogger(TestClock.class);

    /** Named apart from the application's {@code clock} bean, which steps back for it ({@code @ConditionalOnMissingBean}). */
    @Bean
    @Primary
    Clock testClock(Environment env) {
        LocalDate today = LocalDate.parse(env.getRequiredProperty(PROPERTY));
        Clock clock = ticking(today);
        log.info("Test clock: starts at {} ({} = {}{})", clock.instant().atZone(WIB), PROPERTY, today,
                System.getProperty(PROPERTY) != null ? ", from a system property" : "");
        return clock;
    }

    /** A WIB clock that reads 10:00 WIB on {@code today} now and runs on from there. */
    public static Clock ticking(LocalDate today) {
        Instant start = today.atTime(START_TIME).atZone(WIB).toInstant();
        Clock system = Clock.system(WIB);
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
