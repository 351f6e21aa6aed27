package id.kiosmandiri.session;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.member.LoginResult;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member module's login events reach the session module's usage records through Spring
 * Modulith's publication registry: written with the login's transaction, handled after it
 * committed, then marked complete. The test waits for the outcome instead of reading it at once.
 */
@IntegrationTest
class LoginEventsTest {

    private static final String KPJ = TestData.KPJ_PREFIX + "750001";

    @Autowired
    private MemberAuthService auth;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private java.time.Clock clock;

    private TestData data;

    @AfterEach
    void cleanUp() {
        if (data != null) {
            data.deleteAll();
        }
    }

    private int usage(String kiosk, String type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM usage_event WHERE kiosk_id = ? AND event_type = ?", Integer.class, kiosk, type);
    }

    private static void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void aLoginAndAFailedTryBecomeUsageRecordsAndTheirPublicationsComplete() throws Exception {
        data = new TestData(jdbc, clock);
        long member = data.member("3471051505900001", "Uji Peristiwa", Segment.PU, MemberStatus.ACTIVE);
        data.card(member, KPJ, Segment.PU, null, LocalDate.of(2020, 1, 1), null, true);

        assertThat(auth.login("EVENTS-1", "192.0.2.61", LoginMethod.KPJ, KPJ, "111111")).isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login("EVENTS-1", "192.0.2.61", LoginMethod.KPJ, KPJ, "000000")).isEqualTo(new LoginResult.Success(member));

        waitFor(() -> usage("EVENTS-1", LoginUsageRecorder.ATTEMPT) == 2 && usage("EVENTS-1", LoginUsageRecorder.LOGIN) == 1,
                "two attempts and one login recorded");
        assertThat(jdbc.queryForObject("SELECT detail FROM usage_event WHERE kiosk_id = 'EVENTS-1' AND event_type = 'login'",
                String.class)).isEqualTo("KPJ");
        waitFor(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND serialized_event LIKE '%EVENTS-1%'", Integer.class) == 0, "publications completed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE '%EVENTS-1%'",
                Integer.class)).as("each event kept in the registry").isEqualTo(3);
    }
}
