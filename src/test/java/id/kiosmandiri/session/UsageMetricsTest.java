package id.kiosmandiri.session;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The names the rollups count under, and the duration buckets (the rebuild's SQL must say the same). */
class UsageMetricsTest {

    @Test
    void aSessionsStartAndEndGetFamiliesOfTheirOwnAndEveryOtherEventKeepsItsTypeAndDetail() {
        assertThat(UsageMetrics.of("LOGIN", "NIK")).isEqualTo("session:NIK");
        assertThat(UsageMetrics.of("SESSION_END", "IDLE")).isEqualTo("end:IDLE");
        assertThat(UsageMetrics.of("login", "NIK")).as("the accepted PIN, not the session").isEqualTo("login:NIK");
        assertThat(UsageMetrics.of("login-attempt", null)).as("an attempt recorded before V9").isEqualTo("login-attempt");
        assertThat(UsageMetrics.of("receipt-failed", "BALANCE PAPER_OUT")).isEqualTo("receipt-failed:BALANCE PAPER_OUT");
        assertThat(UsageMetrics.of("help-requested", "QUEUE")).isEqualTo("help-requested:QUEUE");
    }

    @Test
    void aLongMetricIsCutAtEightyCharactersAsMariaDbCountsThem() {
        assertThat(UsageMetrics.of("feature", "a".repeat(100))).hasSize(80).startsWith("feature:aaa");
        String emoji = "\uD83D\uDE00"; // one character in MariaDB, two in a Java string
        String cut = UsageMetrics.of("feature", emoji.repeat(100));
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(80);
        assertThat(cut).endsWith(emoji);
    }

    @Test
    void durationBucketsAre15SecondsUpToFiveMinutesThenMinutesUpToHalfAnHourThenOneOpenBucket() {
        assertThat(UsageMetrics.duration(0)).isEqualTo("duration:15");
        assertThat(UsageMetrics.duration(-500)).as("a clock that stepped back").isEqualTo("duration:15");
        assertThat(UsageMetrics.duration(15_000)).as("the upper edge is in the bucket").isEqualTo("duration:15");
        assertThat(UsageMetrics.duration(15_001)).isEqualTo("duration:30");
        assertThat(UsageMetrics.duration(300_000)).isEqualTo("duration:300");
        assertThat(UsageMetrics.duration(300_001)).isEqualTo("duration:360");
        assertThat(UsageMetrics.duration(1_800_000)).isEqualTo("duration:1800");
        assertThat(UsageMetrics.duration(1_800_001)).isEqualTo("duration:longer");
        assertThat(UsageMetrics.durationEdge("135")).contains(Duration.ofSeconds(135));
        assertThat(UsageMetrics.durationEdge("longer")).contains(Duration.ofMinutes(30));
        assertThat(UsageMetrics.durationEdge("soon")).isEmpty();
    }

    @Test
    void familyAndDetailSplitAtTheFirstColon() {
        assertThat(UsageMetrics.family("part:kiosk:K1")).isEqualTo("part");
        assertThat(UsageMetrics.detail("part:kiosk:K1")).isEqualTo("kiosk:K1");
        assertThat(UsageMetrics.family("login-attempt")).isEqualTo("login-attempt");
        assertThat(UsageMetrics.detail("login-attempt")).isNull();
    }
}
