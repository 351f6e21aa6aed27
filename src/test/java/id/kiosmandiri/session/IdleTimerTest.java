package id.kiosmandiri.session;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdleTimerTest {

    private final IdleTimer sixtyWithFifteenWarning = IdleTimer.ofSeconds(60, 15);
    private final Instant touched = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void activeUntilTheWarningStartsAtTimeoutMinusWarning() {
        assertThat(sixtyWithFifteenWarning.phase(touched, touched.plusSeconds(44))).isEqualTo(IdleTimer.Phase.ACTIVE);
        assertThat(sixtyWithFifteenWarning.phase(touched, touched.plusSeconds(45))).isEqualTo(IdleTimer.Phase.WARNING);
        assertThat(sixtyWithFifteenWarning.phase(touched, touched.plusMillis(59_999))).isEqualTo(IdleTimer.Phase.WARNING);
        assertThat(sixtyWithFifteenWarning.phase(touched, touched.plusSeconds(60))).isEqualTo(IdleTimer.Phase.EXPIRED);
    }

    @Test
    void countdownShowsWholeSecondsRoundedUp() {
        assertThat(sixtyWithFifteenWarning.secondsLeft(touched, touched.plusSeconds(45))).isEqualTo(15);
        assertThat(sixtyWithFifteenWarning.secondsLeft(touched, touched.plusMillis(45_001))).isEqualTo(15);
        assertThat(sixtyWithFifteenWarning.secondsLeft(touched, touched.plusMillis(59_001))).isEqualTo(1);
        assertThat(sixtyWithFifteenWarning.secondsLeft(touched, touched.plusSeconds(75))).isZero();
    }

    @Test
    void theServerActsOnlyAfterTheGrace() {
        Duration grace = Duration.ofSeconds(5);
        assertThat(sixtyWithFifteenWarning.pastGrace(touched, touched.plusSeconds(64), grace)).isFalse();
        assertThat(sixtyWithFifteenWarning.pastGrace(touched, touched.plusSeconds(65), grace)).isTrue();
    }

    @Test
    void aWarningAsLongAsTheTimeoutIsRefused() {
        assertThatThrownBy(() -> IdleTimer.ofSeconds(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
