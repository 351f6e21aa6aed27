package id.kiosmandiri;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** Time comes from this Clock, so tests can move it. Kiosks run on Western Indonesia Time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(WIB);
    }
}
