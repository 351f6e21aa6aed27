package id.kiosmandiri.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a PIN is hashed, and how hashes of the older kind keep working until they are replaced. */
class PepperedPinEncoderTest {

    private static final byte[] PEPPER = "a-pepper-of-at-least-32-characters!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_PEPPER = "another-pepper-of-32-characters-or-more".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final PepperedPinEncoder encoder = new PepperedPinEncoder(PEPPER, 5);

    @Test
    void theRightPinMatchesAndNoOtherDoes() {
        String hash = encoder.encode("482913");
        assertThat(encoder.matches("482913", hash)).isTrue();
        assertThat(encoder.matches("482914", hash)).isFalse();
        assertThat(encoder.matches("", hash)).isFalse();
        assertThat(hash).doesNotContain("482913").startsWith("$2a$05$");
        assertThat(encoder.encode("482913")).as("salted: the same PIN twice gives two hashes").isNotEqualTo(hash);
    }

    @Test
    void withoutThePepperTheStoredHashIsNothingToTryPinsAgainst() {
        String hash = encoder.encode("482913");
        assertThat(new PepperedPinEncoder(OTHER_PEPPER, 5).matches("482913", hash)).isFalse();
        // nor is it BCrypt of the PIN itself: trying all million PINs with BCrypt alone finds nothing
        assertThat(new BCryptPasswordEncoder().matches("482913", hash)).isFalse();
    }

    @Test
    void aHashOfAnotherCostIsMadeAgain() {
        assertThat(encoder.upgradeEncoding(encoder.encode("482913"))).isFalse();
        assertThat(encoder.upgradeEncoding(new PepperedPinEncoder(PEPPER, 4).encode("482913"))).isTrue();
    }

    @Test
    void theKiosksEncoderMakesPepperedHashesAndStillReadsTheOlderBcryptOnes() {
        SecurityProperties settings = new SecurityProperties(3, 30, 5, 20, 15, 600_000,
                new String(PEPPER, StandardCharsets.UTF_8), false, dir.resolve("unused"), 5);
        PasswordEncoder pins = new PinConfiguration().pinEncoder(settings);

        String today = pins.encode("482913");
        assertThat(today).startsWith("{pin-hmac-bcrypt}$2a$05$");
        assertThat(pins.matches("482913", today)).isTrue();
        assertThat(pins.upgradeEncoding(today)).isFalse();

        String older = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("482913");
        assertThat(pins.matches("482913", older)).isTrue();
        assertThat(pins.matches("482914", older)).isFalse();
        assertThat(pins.upgradeEncoding(older)).as("replaced at the next right PIN").isTrue();

        assertThatThrownBy(() -> pins.matches("482913", "{noop}482913")).as("never a plain PIN")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void productionWithoutAPepperDoesNotStart() {
        SecurityProperties noPepper = new SecurityProperties(3, 30, 5, 20, 15, 600_000, "", false, dir.resolve("pepper.key"), 5);
        assertThatThrownBy(() -> new PinConfiguration().pinEncoder(noPepper)).hasMessageContaining("KIOSK_PIN_PEPPER");
        SecurityProperties shortPepper = new SecurityProperties(3, 30, 5, 20, 15, 600_000, "short", false, dir.resolve("pepper.key"), 5);
        assertThatThrownBy(() -> new PinConfiguration().pinEncoder(shortPepper)).hasMessageContaining("kiosk.security.pin-pepper");
        assertThat(dir.resolve("pepper.key")).doesNotExist();
    }

    @Test
    void theDemoMakesItsPepperOnceAndItsHashesStillMatchAfterARestart() {
        SecurityProperties demo = new SecurityProperties(3, 30, 5, 20, 15, 600_000, "", true, dir.resolve("pepper.key"), 5);
        String hash = new PinConfiguration().pinEncoder(demo).encode("482913");
        assertThat(dir.resolve("pepper.key")).exists();
        assertThat(new PinConfiguration().pinEncoder(demo).matches("482913", hash)).isTrue();
    }
}
