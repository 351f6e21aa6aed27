package id.kiosmandiri.kiosk;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Device trust on the real database: a code enrols one browser once, within its 10 minutes; the
 * credential names its kiosk until revoked or replaced; guessing codes is stopped early; nothing
 * in the database enrols anyone by itself (only hashes are stored).
 */
@IntegrationTest
class KioskDevicesTest {

    private static final String KIOSK = "TEST-WIT";
    private static final String OTHER = "TEST-WITA";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KioskRegistry registry;
    @Autowired
    KioskProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    KioskDevices devices;

    @AfterEach
    void tearDown() {
        jdbc.update("DELETE FROM kiosk_device WHERE kiosk_id IN (?, ?)", KIOSK, OTHER);
        jdbc.update("DELETE FROM kiosk_enrolment_code WHERE kiosk_id IN (?, ?)", KIOSK, OTHER);
        jdbc.update("DELETE FROM kiosk_enrolment_failure");
    }

    private KioskDevices.Enrolment.Enrolled enrolled(KioskDevices.Enrolment enrolment) {
        assertThat(enrolment).isInstanceOf(KioskDevices.Enrolment.Enrolled.class);
        return (KioskDevices.Enrolment.Enrolled) enrolment;
    }

    @Test
    void aCodeEnrolsOneBrowserOnceAndItsCredentialNamesTheKiosk() {
        KioskDevices.EnrolmentCode code = devices.newCode(KIOSK, "test-enrol-staff");
        assertThat(code.code()).matches("[0-9]{8}");
        assertThat(code.expiresAt()).isAfter(clock.instant().plus(Duration.ofMinutes(9)));

        KioskDevices.Enrolment.Enrolled first = enrolled(devices.enrol(code.code(), "192.0.2.41"));
        assertThat(first.kioskId()).isEqualTo(KIOSK);
        assertThat(first.credential()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(devices.kioskOf(first.credential())).contains(KIOSK);
        assertThat(devices.enrolledDevices().get(KIOSK).enrolledBy()).isEqualTo("test-enrol-staff");

        assertThat(devices.enrol(code.code(), "192.0.2.42")).as("a used code").isInstanceOf(KioskDevices.Enrolment.WrongCode.class);
        assertThat(devices.kioskOf("not-a-credential")).isEmpty();
        assertThat(devices.kioskOf(null)).isEmpty();

        // only hashes are stored: neither the code nor the credential is in the database
        List<String> stored = jdbc.queryForList("SELECT code_hash FROM kiosk_enrolment_code WHERE kiosk_id = ?", String.class, KIOSK);
        stored.addAll(jdbc.queryForList("SELECT token_hash FROM kiosk_device WHERE kiosk_id = ?", String.class, KIOSK));
        assertThat(stored).hasSize(2).noneMatch(v -> v.contains(code.code()) || v.equals(first.credential()));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        Instant made = clock.instant();
        KioskDevices at = new KioskDevices(jdbc, Clock.fixed(made, ZoneOffset.UTC), registry, properties);
        KioskDevices.EnrolmentCode code = at.newCode(KIOSK, "test-enrol-staff");
        KioskDevices later = new KioskDevices(jdbc, Clock.fixed(made.plus(Duration.ofMinutes(10)).plusSeconds(1), ZoneOffset.UTC),
                registry, properties);
        assertThat(later.enrol(code.code(), "192.0.2.43")).isInstanceOf(KioskDevices.Enrolment.WrongCode.class);
        assertThat(devices.enrolledDevices()).doesNotContainKey(KIOSK);
    }

    @Test
    void revokingOrEnrollingANewBrowserEndsTheOldCredential() {
        String old = enrolled(devices.enrol(devices.newCode(KIOSK, "test-enrol-staff").code(), "192.0.2.44")).credential();
        String replacement = enrolled(devices.enrol(devices.newCode(KIOSK, "test-enrol-staff").code(), "192.0.2.44")).credential();
        assertThat(devices.kioskOf(old)).as("the replaced PC").isEmpty();
        assertThat(devices.kioskOf(replacement)).contains(KIOSK);

        assertThat(devices.revoke(KIOSK, "test-enrol-staff")).isTrue();
        assertThat(devices.kioskOf(replacement)).isEmpty();
        assertThat(devices.enrolledDevices()).doesNotContainKey(KIOSK);
        assertThat(devices.revoke(KIOSK, "test-enrol-staff")).as("nothing left to revoke").isFalse();
    }

    @Test
    void afterFiveWrongCodesAnAddressMayNotTryEvenTheRightOne() {
        KioskDevices.EnrolmentCode code = devices.newCode(KIOSK, "test-enrol-staff");
        String wrong = code.code().equals("00000000") ? "00000001" : "00000000";
        for (String bad : new String[]{wrong, "abcdefgh", "1".repeat(200), "", "1234567\u0000"}) {
            assertThat(devices.enrol(bad, "192.0.2.45")).as(bad).isInstanceOf(KioskDevices.Enrolment.WrongCode.class);
        }
        assertThat(devices.enrol(code.code(), "192.0.2.45")).isInstanceOf(KioskDevices.Enrolment.SlowDown.class);
        assertThat(devices.enrolledDevices()).as("nothing stored from the bad input").doesNotContainKey(KIOSK);
        // another address is not held back by this one's guesses, and the code still works once
        assertThat(enrolled(devices.enrol(code.code(), "192.0.2.46")).kioskId()).isEqualTo(KIOSK);
    }

    @Test
    void twoBrowsersTypingTheSameCodeAtOnceEnrolOnlyOne() throws Exception {
        String code = devices.newCode(OTHER, "test-enrol-staff").code();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<KioskDevices.Enrolment>> tries = List.of(
                    () -> devices.enrol(code, "192.0.2.47"), () -> devices.enrol(code, "192.0.2.48"),
                    () -> devices.enrol(code, "192.0.2.49"), () -> devices.enrol(code, "192.0.2.50"));
            long enrolledCount = 0;
            for (Future<KioskDevices.Enrolment> result : threads.invokeAll(tries)) {
                if (result.get() instanceof KioskDevices.Enrolment.Enrolled) {
                    enrolledCount++;
                }
            }
            assertThat(enrolledCount).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kiosk_device WHERE kiosk_id = ?", Integer.class, OTHER)).isEqualTo(1);
    }

    @Test
    void aCodeIsOnlyMadeForAKioskThatExists() {
        assertThatThrownBy(() -> devices.newCode("NO-SUCH-KIOSK", "test-enrol-staff")).isInstanceOf(IllegalArgumentException.class);
    }
}
