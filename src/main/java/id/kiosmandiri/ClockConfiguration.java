package id.kiosmandiri;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Time comes from this Clock, so tests can move it. A kiosk's day is in its branch's zone
 * ({@code kiosk.KioskTime}); this clock's own zone (WIB) only serves what belongs to no kiosk,
 * such as the day the demo data is generated for.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(WIB);
    }
}
