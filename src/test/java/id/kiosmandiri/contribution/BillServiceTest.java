package id.kiosmandiri.contribution;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BillService} on the real database. "Overdue" is judged against the day passed in (the
 * application clock's day here), so the due dates written here are set relative to it (a period's
 * due date would otherwise make the outcome depend on the day of the month the test runs).
 */
@IntegrationTest
class BillServiceTest {

    /** BPU, declared income 2,500,000 with JHT: JHT 50,000 + JKK 25,000 + JKM 6,800 = 81,800. */
    private static final ContributionAmounts BPU_WITH_JHT = new ContributionAmounts(2_500_000, 0, 0, 50_000, 0, 0, 25_000, 6_800);
    /** BPU without JHT: JKK 25,000 + JKM 6,800 = 31,800. */
    private static final ContributionAmounts BPU_WITHOUT_JHT = new ContributionAmounts(2_500_000, 0, 0, 0, 0, 0, 25_000, 6_800);
    /** PU, wage 5,000,000, class I: 185,000 + 100,000 + 100,000 + 50,000 + 12,000 + 15,000 = 462,000. */
    private static final ContributionAmounts PU = TestData.amounts(5_000_000, 185_000, 100_000, 100_000, 50_000, 12_000, 15_000);

    @Autowired
    BillService bills;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;
    private LocalDate today;
    private LocalDate thisMonth;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, clock);
        today = LocalDate.now(clock);
        thisMonth = today.withDayOfMonth(1);
    }

    @AfterEach
    void removeMembers() {
        data.deleteAll();
    }

    private void bpuMonth(long card, long member, int monthsAgo, ContributionAmounts amounts, LocalDate due, boolean paid) {
        LocalDate period = thisMonth.minusMonths(monthsAgo);
        data.contribution(new TestData.Month(card, member, null, period, Segment.BPU, amounts, due,
                paid ? due.minusDays(2) : null, paid ? due.minusDays(1) : null, 0, PaidBy.SELF));
    }

    @Test
    void informalWorkerWithThreeOverdueMonthsIsAtRisk() {
        long member = data.member("3404011505850301", "Uji Tagihan Berisiko", Segment.BPU, MemberStatus.ACTIVE);
        long card = data.card(member, "19999000301", Segment.BPU, null, thisMonth.minusYears(1), null, true);
        bpuMonth(card, member, 5, BPU_WITH_JHT, today.minusDays(130), true);
        bpuMonth(card, member, 4, BPU_WITH_JHT, today.minusDays(100), true);
        bpuMonth(card, member, 3, BPU_WITH_JHT, today.minusDays(70), false);
        bpuMonth(card, member, 2, BPU_WITH_JHT, today.minusDays(40), false);
        bpuMonth(card, member, 1, BPU_WITH_JHT, today.minusDays(10), false);
        bpuMonth(card, member, 0, BPU_WITH_JHT, today.plusDays(5), false);

        OpenBills open = bills.openBills(member, today);

        assertThat(open.today()).isEqualTo(today);
        // the four unpaid months, oldest first
        assertThat(open.ownMonths()).extracting(ContributionLine::period).containsExactly(
                thisMonth.minusMonths(3), thisMonth.minusMonths(2), thisMonth.minusMonths(1), thisMonth);
        // the same rule as the month lines: three past due, the current month not due yet
        assertThat(open.ownMonths()).extracting(l -> l.status(today)).containsExactly(
                ContributionLine.Status.UNPAID, ContributionLine.Status.UNPAID, ContributionLine.Status.UNPAID,
                ContributionLine.Status.NOT_DUE);
        assertThat(open.ownMonths()).allSatisfy(l -> {
            assertThat(l.paidBy()).isEqualTo(PaidBy.SELF);
            assertThat(l.kpj()).isEqualTo("19999000301");
            assertThat(l.employerName()).isNull();
        });
        assertThat(open.employerUnpaidMonths()).isEmpty();
        assertThat(open.ownTotal()).isEqualTo(327_200);        // 4 x 81,800
        assertThat(open.ownOverdueMonths()).isEqualTo(3);      // the current month is not due yet
        assertThat(open.ownMembershipAtRisk()).isTrue();       // 3 overdue months
        assertThat(open.isEmpty()).isFalse();
    }

    @Test
    void twoOverdueMonthsAndOneDueTodayIsNotAtRiskYet() {
        long member = data.member("3404011505850302", "Uji Tagihan Dua", Segment.BPU, MemberStatus.ACTIVE);
        long card = data.card(member, "19999000302", Segment.BPU, null, thisMonth.minusYears(1), null, true);
        bpuMonth(card, member, 3, BPU_WITHOUT_JHT, today.minusDays(70), true);
        bpuMonth(card, member, 2, BPU_WITHOUT_JHT, today.minusDays(40), false);
        bpuMonth(card, member, 1, BPU_WITHOUT_JHT, today.minusDays(10), false);
        bpuMonth(card, member, 0, BPU_WITHOUT_JHT, today, false);

        OpenBills open = bills.openBills(member, today);

        assertThat(open.ownMonths()).hasSize(3);
        assertThat(open.ownTotal()).isEqualTo(95_400);         // 3 x 31,800
        assertThat(open.ownOverdueMonths()).isEqualTo(2);      // due today is not overdue
        assertThat(open.ownMembershipAtRisk()).isFalse();
    }

    @Test
    void monthsTheEmployerReportedButDidNotPayAreListedApart() {
        long employer = data.employer("99990301", "PT Uji Tagihan", 1);
        long member = data.member("3404011505850303", "Uji Tagihan Campur", Segment.BPU, MemberStatus.ACTIVE);
        long puCard = data.card(member, "19999000303", Segment.PU, employer, thisMonth.minusYears(2), thisMonth.minusYears(2), true);
        long bpuCard = data.card(member, "19999000304", Segment.BPU, null, thisMonth.minusMonths(1), null, true);
        // PU, 6 and 5 months ago paid and posted; 4 and 3 months ago reported, no deposit;
        // 2 months ago deposited but not posted yet (not a bill)
        for (int ago = 6; ago >= 2; ago--) {
            LocalDate period = thisMonth.minusMonths(ago);
            LocalDate due = period.plusMonths(1).withDayOfMonth(15);
            LocalDate deposit = (ago == 4 || ago == 3) ? null : due.minusDays(1);
            LocalDate posting = (deposit == null || ago == 2) ? null : deposit.plusDays(2);
            data.contribution(new TestData.Month(puCard, member, employer, period, Segment.PU, PU, due, deposit, posting,
                    0, PaidBy.EMPLOYER));
        }
        // this month reported, due next month: not late yet, so not the employer's debt yet
        data.contribution(new TestData.Month(puCard, member, employer, thisMonth, Segment.PU, PU,
                thisMonth.plusMonths(1).withDayOfMonth(15), null, null, 0, PaidBy.EMPLOYER));
        // then informal work: last month overdue, this month not due yet
        bpuMonth(bpuCard, member, 1, BPU_WITH_JHT, today.minusDays(10), false);
        bpuMonth(bpuCard, member, 0, BPU_WITH_JHT, today.plusDays(5), false);

        OpenBills open = bills.openBills(member, today);

        assertThat(open.employerUnpaidMonths()).extracting(ContributionLine::period)
                .containsExactly(thisMonth.minusMonths(4), thisMonth.minusMonths(3));
        assertThat(open.employerUnpaidMonths()).allSatisfy(l -> {
            assertThat(l.paidBy()).isEqualTo(PaidBy.EMPLOYER);
            assertThat(l.employerName()).isEqualTo("PT Uji Tagihan");
            assertThat(l.kpj()).isEqualTo("19999000303");
            assertThat(l.total()).isEqualTo(462_000);
        });
        assertThat(open.ownMonths()).extracting(ContributionLine::period)
                .containsExactly(thisMonth.minusMonths(1), thisMonth);
        // the member's own total leaves the employer's months out: 2 x 81,800
        assertThat(open.ownTotal()).isEqualTo(163_600);
        assertThat(open.ownOverdueMonths()).isEqualTo(1);
        assertThat(open.ownMembershipAtRisk()).isFalse();
    }

    @Test
    void everythingPaidMeansNoBills() {
        long member = data.member("3404011505850304", "Uji Tagihan Lunas", Segment.BPU, MemberStatus.ACTIVE);
        long card = data.card(member, "19999000305", Segment.BPU, null, thisMonth.minusYears(1), null, true);
        bpuMonth(card, member, 2, BPU_WITH_JHT, today.minusDays(40), true);
        bpuMonth(card, member, 1, BPU_WITH_JHT, today.minusDays(10), true);

        OpenBills open = bills.openBills(member, today);

        assertThat(open.isEmpty()).isTrue();
        assertThat(open.ownTotal()).isZero();
        assertThat(open.ownOverdueMonths()).isZero();
        assertThat(open.ownMembershipAtRisk()).isFalse();
    }
}
