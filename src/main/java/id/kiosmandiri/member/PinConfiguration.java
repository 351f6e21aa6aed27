package id.kiosmandiri.member;

import id.kiosmandiri.kiosk.ServerSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * PINs are hashed by {@link PepperedPinEncoder} ({@value #PEPPERED}) behind a delegating encoder that still
 * reads the plain BCrypt hashes stored before it ({bcrypt}, cost 10, about 75 ms each): such a hash is
 * replaced at the member's next right PIN ({@link MemberAuthService}).
 */
@Configuration(proxyBeanMethods = false)
class PinConfiguration {

    static final String PEPPERED = "pin-hmac-bcrypt";
    static final String LEGACY = "bcrypt";
    private static final ServerSecret PEPPER = new ServerSecret("PIN pepper", "kiosk.security.pin-pepper", "KIOSK_PIN_PEPPER");

    /** Checked against when there is no member's hash: one of today's kind, and one of the older kind. */
    record PinDummies(String current, String legacy) {
    }

    @Bean
    PinDummies pinDummies(PasswordEncoder pinEncoder) {
        return new PinDummies(pinEncoder.encode("000000"), "{" + LEGACY + "}" + new BCryptPasswordEncoder().encode("000000"));
    }

    @Bean
    PasswordEncoder pinEncoder(SecurityProperties security) {
        byte[] pepper = PEPPER.resolve(security.pinPepper(), security.generatePinPepper(), security.pinPepperFile());
        return new DelegatingPasswordEncoder(PEPPERED, Map.of(
                PEPPERED, new PepperedPinEncoder(pepper, security.pinHashCost()),
                LEGACY, new BCryptPasswordEncoder()));
    }
}
