package id.kiosmandiri.staff;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * Staff passwords: BCrypt hashes (no bean of type {@link PasswordEncoder}, so the member PIN
 * encoder stays the only one), and the passwords the accounts screen gives out when it creates an
 * account or resets a password.
 */
@Component
class StaffPasswords {

    /** No 0/O, 1/l/I: read aloud or copied from a screen without mistakes. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;

    private final PasswordEncoder encoder = new BCryptPasswordEncoder();
    private final SecureRandom random = new SecureRandom();

    PasswordEncoder encoder() {
        return encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    /** A new random password such as {@code k7Qm-3XpT-w9Hd}: 12 characters from 56, about 70 bits. */
    String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
