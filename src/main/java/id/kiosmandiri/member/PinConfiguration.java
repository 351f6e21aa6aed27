package id.kiosmandiri.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** PINs are hashed with BCrypt behind a delegating encoder, so the algorithm can be upgraded later. */
@Configuration(proxyBeanMethods = false)
class PinConfiguration {

    @Bean
    PasswordEncoder pinEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
