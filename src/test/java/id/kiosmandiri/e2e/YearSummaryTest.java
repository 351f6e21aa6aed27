package id.kiosmandiri.e2e;

import id.kiosmandiri.TestData;
import id.kiosmandiri.contribution.ContributionAmounts;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year summary in Chromium counts a month whose due date has not come as "not due yet",
 * never as unpaid. A member of its own, with four months of this year whose due dates lie around
 * the kiosk's today: on time, late, past due without payment, not due yet.
 */
class YearSummaryTest extends BrowserTest {

    private static final String KPJ = TestData.KPJ_PREFIX + "740001";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    KioskTime kioskTime;

    private TestData data;

    @AfterEach
    void cleanUp() {
        if (data != null) {
            data.deleteAll();
        }
    }

    @Test
    void aMonthNotYetDueIsCountedApartFromUnpaid() {
        data = new TestData(jdbc, clock);
        LocalDate today = kioskTime.today("DEMO-01");
        long employer = data.employer("99990401", "PT Uji Ringkasan", 1);
        long member = data.member("3471041505900001", "Uji Ringkasan Tahun", Segment.PU, MemberStatus.ACTIVE);
        long card = data.card(member, KPJ, Segment.PU, employer, LocalDate.of(today.getYear(), 1, 1), null, true);
        ContributionAmounts a = TestData.amounts(5_000_000, 185_000, 100_000, 0, 0, 12_000, 15_000);
        LocalDate jan = LocalDate.of(today.getYear(), 1, 1);
        data.contribution(new TestData.Month(card, member, employer, jan, Segment.PU, a,
                today.minusDays(60), today.minusDays(61), today.minusDays(59), 0, PaidBy.EMPLOYER));
        data.contribution(new TestData.Month(card, member, employer, jan.plusMonths(1), Segment.PU, a,
                today.minusDays(50), today.minusDays(45), today.minusDays(44), 6_000, PaidBy.EMPLOYER));
        data.contribution(new TestData.Month(card, member, employer, jan.plusMonths(2), Segment.PU, a,
                today.minusDays(1), null, null, 0, PaidBy.EMPLOYER));
        data.contribution(new TestData.Month(card, member, employer, jan.plusMonths(3), Segment.PU, a,
                today, null, null, 0, PaidBy.EMPLOYER));

        open("");
        HomePage home = new AttractPage(driver).start().chooseKpj().typeOnKeypad(KPJ).confirmNumber().loginWithPin("000000");
        ContributionsPage contributions = home.openContributions();
        ContributionsPage.YearCounts counts = contributions.yearCounts();
        assertThat(counts.paid()).as("on time and late").isEqualTo(2);
        assertThat(counts.late()).isEqualTo(1);
        assertThat(counts.unpaid()).as("past its due date yesterday").isEqualTo(1);
        assertThat(counts.notDue()).as("due today: not late yet").isEqualTo(1);
        assertThat(counts.months()).isEqualTo(4);
        screenshotBothOrientations("05b-year-summary-not-due");
        contributions.logout();
    }
}
