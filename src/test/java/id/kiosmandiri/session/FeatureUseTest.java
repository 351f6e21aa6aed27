package id.kiosmandiri.session;

import com.vaadin.flow.component.UI;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening the balance, payment details, bills and print menu screens is recorded as feature use of
 * the member's session, and counted on the staff dashboard under the names the screens give.
 */
@IntegrationTest
class FeatureUseTest extends KioskBrowserlessTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private UsageAnalytics analytics;
    @Autowired
    private KioskTime kioskTime;

    private long used(String feature, LocalDate today) {
        return analytics.report(UsageScope.kiosk(DEMO_KIOSK), today, today).features().stream()
                .filter(m -> m.metric().equals("feature:" + feature)).mapToLong(UsageReport.MetricCount::count).sum();
    }

    @Test
    void theFeatureScreensAMemberOpensAreCountedForTheSession() {
        LocalDate today = kioskTime.today(DEMO_KIOSK);
        long balanceBefore = used("balance", today);
        long printBefore = used("print-menu", today);
        loginAs(DemoLogin.AGUS);
        Long session = MemberSessions.current().orElseThrow().kioskSessionId();

        for (String route : List.of("balance", "contributions", "bills", "print", "balance")) {
            UI.getCurrent().navigate(route);
            assertOnScreen(route);
        }

        assertThat(jdbc.queryForList("SELECT detail FROM usage_event WHERE session_id = ? AND event_type = 'feature' ORDER BY id",
                String.class, session)).containsExactly("balance", "contributions", "bills", "print-menu", "balance");
        assertThat(used("balance", today)).isEqualTo(balanceBefore + 2);
        assertThat(used("print-menu", today)).isEqualTo(printBefore + 1);
    }
}
