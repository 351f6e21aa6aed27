package id.kiosmandiri.contribution;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year summary on the real database, for a wage earner whose employer reported January to
 * November 2026 (each month due on the 15th of the next): January and February paid early, March on
 * its due date, April one day late, May 20 days late, June to November without a deposit.
 * Read on {@link #AUGUST_DUE_DATE}, June and July are past due, August is due that very day and
 * September to November are not due yet.
 */
@IntegrationTest
class YearSummaryTest {

    private static final LocalDate AUGUST_DUE_DATE = LocalDate.of(2026, 9, 15);
    /** PU, wage 5,000,000, class I. */
    private static final ContributionAmounts PU = TestData.amounts(5_000_000, 185_000, 100_000, 100_000, 50_000, 12_000, 15_000);

    @Autowired
    ContributionHistoryService history;
    @Autowired
    BillService bills;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;
    private long member;

    @BeforeEach
    void writeElevenMonths() {
        data = new TestData(jdbc, clock);
        long employer = data.employer("99990401", "PT Uji Ringkasan", 1);
        member = data.member("3404011505850401", "Uji Ringkasan Tahun", Segment.PU, MemberStatus.ACTIVE);
        long card = data.card(member, "19999000401", Segment.PU, employer, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1), true);
        for (int month = 1; month <= 11; month++) {
            LocalDate period = LocalDate.of(2026, month, 1);
            LocalDate due = period.plusMonths(1).withDayOfMonth(15);
            LocalDate deposit = switch (month) {
                case 1, 2 -> due.minusDays(4);
                case 3 -> due;
                case 4 -> due.plusDays(1);
                case 5 -> due.plusDays(20);
                default -> null;
            };
            // penalties play no part in the counts
            data.contribution(new TestData.Month(card, member, employer, period, Segment.PU, PU, due, deposit,
                    deposit == null ? null : deposit.plusDays(2), 0, PaidBy.EMPLOYER));
        }
    }

    @AfterEach
    void removeMember() {
        data.deleteAll();
    }

    private YearSummary year2026(LocalDate today) {
        List<YearSummary> years = history.yearSummaries(member, today);
        assertThat(years).extracting(YearSummary::year).containsExactly(2026);
        return years.getFirst();
    }

    @Test
    void onItsDueDateAMonthIsNotDueYetAndNeverCountedAsUnpaid() {
        YearSummary y = year2026(AUGUST_DUE_DATE);

        assertThat(y.months()).isEqualTo(11);
        assertThat(y.paidMonths()).isEqualTo(5);     // January to May
        assertThat(y.lateMonths()).isEqualTo(2);     // April and May, part of the 5 paid
        assertThat(y.unpaidMonths()).isEqualTo(2);   // June and July
        assertThat(y.notDueMonths()).isEqualTo(4);   // August (due today) to November
        assertThat(y.paidMonths() + y.unpaidMonths() + y.notDueMonths()).isEqualTo(y.months());
        assertThat(y.lateMonths()).isLessThanOrEqualTo(y.paidMonths());
        assertThat(y.total()).isEqualTo(11 * 462_000L);
    }

    @Test
    void theDayAfterItsDueDateAMonthIsUnpaid() {
        YearSummary y = year2026(AUGUST_DUE_DATE.plusDays(1));

        assertThat(y.paidMonths()).isEqualTo(5);
        assertThat(y.lateMonths()).isEqualTo(2);
        assertThat(y.unpaidMonths()).isEqualTo(3);   // June, July and now August
        assertThat(y.notDueMonths()).isEqualTo(3);   // September to November
        assertThat(y.paidMonths() + y.unpaidMonths() + y.notDueMonths()).isEqualTo(y.months());
    }

    @Test
    void theSummaryTheMonthLinesAndTheBillsAgreeOnEveryDay() {
        for (LocalDate today = LocalDate.of(2026, 9, 10); today.isBefore(LocalDate.of(2026, 9, 20)); today = today.plusDays(1)) {
            YearSummary y = year2026(today);
            List<ContributionLine> lines = history.page(member, 2026, Pageable.unpaged()).getContent();
            LocalDate day = today;

            assertThat(lines).hasSize((int) y.months());
            assertThat(count(lines, day, ContributionLine.Status.ON_TIME) + count(lines, day, ContributionLine.Status.LATE))
                    .as("paid on %s", day).isEqualTo(y.paidMonths());
            assertThat(count(lines, day, ContributionLine.Status.LATE)).as("late on %s", day).isEqualTo(y.lateMonths());
            assertThat(count(lines, day, ContributionLine.Status.UNPAID)).as("unpaid on %s", day).isEqualTo(y.unpaidMonths());
            assertThat(count(lines, day, ContributionLine.Status.NOT_DUE)).as("not due on %s", day).isEqualTo(y.notDueMonths());
            // the employer's debt on the bills screen is exactly the months past due
            assertThat(bills.openBills(member, day).employerUnpaidMonths()).as("employer's debt on %s", day)
                    .hasSize((int) y.unpaidMonths());
        }
    }

    private static long count(List<ContributionLine> lines, LocalDate today, ContributionLine.Status status) {
        return lines.stream().filter(l -> l.status(today) == status).count();
    }
}
