package id.kiosmandiri.balance;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.contribution.ContributionAmounts;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BalanceService} on the real database, for a member written here with fixed months.
 * The JHT rates come from the migration's table: 2025 and 2026 are 6.0% (assumed), 0.5% a month.
 *
 * <p>The member has two cards:
 * <ul>
 * <li>card 1 (merged, "PT Uji Saldo Satu"): periods Jan..Jun 2025, wage 5,000,000: JHT 185,000 + 100,000
 * = 285,000, JP 100,000 + 50,000 = 150,000; each posted on the 12th of the next month, so in
 * Feb..Jul 2025;</li>
 * <li>card 2 (not merged, "PT Uji Saldo Dua"): periods Jul 2025..Feb 2026, wage 6,000,000: JHT
 * 222,000 + 120,000 = 342,000, JP 120,000 + 60,000 = 180,000; posted Aug 2025..Mar 2026 on the 12th;
 * March 2026 deposited 13 April but posted 16 April, after the as-of date 15 April 2026.</li>
 * </ul>
 */
@IntegrationTest
class BalanceServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 15);

    @Autowired
    BalanceService balances;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;
    private long member;
    private long card1;
    private long card2;

    @BeforeEach
    void writeMember() {
        data = new TestData(jdbc, clock);
        long satu = data.employer("99990101", "PT Uji Saldo Satu", 1);
        long dua = data.employer("99990102", "PT Uji Saldo Dua", 2);
        member = data.member("3404011505850101", "Uji Saldo Dua Kartu", Segment.PU, MemberStatus.ACTIVE);
        card1 = data.card(member, "19999000101", Segment.PU, satu, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), true);
        card2 = data.card(member, "19999000102", Segment.PU, dua, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), false);

        ContributionAmounts five = TestData.amounts(5_000_000, 185_000, 100_000, 100_000, 50_000, 12_000, 15_000);
        for (LocalDate p = LocalDate.of(2025, 1, 1); p.isBefore(LocalDate.of(2025, 7, 1)); p = p.plusMonths(1)) {
            LocalDate next = p.plusMonths(1);
            data.contribution(new TestData.Month(card1, member, satu, p, Segment.PU, five,
                    next.withDayOfMonth(15), next.withDayOfMonth(10), next.withDayOfMonth(12), 0, PaidBy.EMPLOYER));
        }
        ContributionAmounts six = TestData.amounts(6_000_000, 222_000, 120_000, 120_000, 60_000, 32_400, 18_000);
        for (LocalDate p = LocalDate.of(2025, 7, 1); p.isBefore(LocalDate.of(2026, 3, 1)); p = p.plusMonths(1)) {
            LocalDate next = p.plusMonths(1);
            data.contribution(new TestData.Month(card2, member, dua, p, Segment.PU, six,
                    next.withDayOfMonth(15), next.withDayOfMonth(10), next.withDayOfMonth(12), 0, PaidBy.EMPLOYER));
        }
        data.contribution(new TestData.Month(card2, member, dua, LocalDate.of(2026, 3, 1), Segment.PU, six,
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 16), 0, PaidBy.EMPLOYER));
    }

    @AfterEach
    void removeMember() {
        data.deleteAll();
    }

    @Test
    void overviewAddsUpBothCards() {
        BalanceOverview o = balances.overview(member, AS_OF);

        assertThat(o.asOf()).isEqualTo(AS_OF);
        // card 1, 2025: postings in months 2..7 earn 10 + 9 + 8 + 7 + 6 + 5 = 45 months
        //   285,000 x 45 x 0.5% = 64,125; closing 6 x 285,000 + 64,125 = 1,774,125
        // card 1, 2026 to 15 April (3 full months): 1,774,125 x 3 x 0.5% = 26,611.875 -> 26,612
        //   balance 1,774,125 + 26,612 = 1,800,737
        // card 2, 2025: postings in months 8..12 earn 4 + 3 + 2 + 1 + 0 = 10 months
        //   342,000 x 10 x 0.5% = 17,100; closing 5 x 342,000 + 17,100 = 1,727,100
        // card 2, 2026: opening 1,727,100 x 3 = 5,181,300 rupiah-months; postings Jan, Feb, Mar earn
        //   2 + 1 + 0 months: 342,000 x 3 = 1,026,000; (5,181,300 + 1,026,000) x 0.5% = 31,036.5 -> 31,037
        //   balance 1,727,100 + 3 x 342,000 + 31,037 = 2,784,137
        assertThat(o.cards()).extracting(BalanceOverview.CardBalance::cardId).containsExactly(card1, card2);
        assertThat(o.cards()).extracting(BalanceOverview.CardBalance::balance).containsExactly(1_800_737L, 2_784_137L);
        // 1,800,737 + 2,784,137
        assertThat(o.jhtBalance()).isEqualTo(4_584_874);

        JhtYear year = o.thisYear();
        assertThat(year.year()).isEqualTo(2026);
        assertThat(year.asOf()).isEqualTo(AS_OF);
        assertThat(year.ratePercent()).isEqualByComparingTo("6");
        assertThat(year.rateAssumed()).isTrue();
        assertThat(year.openingBalance()).isEqualTo(3_501_225);         // 1,774,125 + 1,727,100
        assertThat(year.employerContributions()).isEqualTo(666_000);    // 3 x 222,000
        assertThat(year.workerContributions()).isEqualTo(360_000);      // 3 x 120,000
        assertThat(year.developmentReturn()).isEqualTo(57_649);         // 26,612 + 31,037
        assertThat(year.closingBalance()).isEqualTo(4_584_874);         // 3,501,225 + 1,026,000 + 57,649

        // JP posted by 15 April: 6 x 150,000 + 8 x 180,000 = 900,000 + 1,440,000
        assertThat(o.jpAccumulated()).isEqualTo(2_340_000);
        assertThat(o.jpMonths()).isEqualTo(14);
        // the 16 April posting is after the as-of date
        assertThat(o.lastPostingDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void cardsShowMaskedKpjEmployerAndMergeState() {
        BalanceOverview o = balances.overview(member, AS_OF);

        assertThat(o.cards()).extracting(BalanceOverview.CardBalance::maskedKpj)
                .containsExactly("•••••••0101", "•••••••0102");
        assertThat(o.cards()).extracting(BalanceOverview.CardBalance::employerName)
                .containsExactly("PT Uji Saldo Satu", "PT Uji Saldo Dua");
        assertThat(o.cards()).extracting(BalanceOverview.CardBalance::merged).containsExactly(true, false);
        assertThat(o.hasUnmergedCard()).isTrue();
    }

    @Test
    void overviewAtTheEndOf2025() {
        BalanceOverview o = balances.overview(member, LocalDate.of(2025, 12, 31));

        assertThat(o.cards()).extracting(BalanceOverview.CardBalance::balance).containsExactly(1_774_125L, 1_727_100L);
        assertThat(o.jhtBalance()).isEqualTo(3_501_225);
        assertThat(o.thisYear().year()).isEqualTo(2025);
        assertThat(o.thisYear().openingBalance()).isZero();
        assertThat(o.thisYear().contributions()).isEqualTo(3_420_000);  // 6 x 285,000 + 5 x 342,000
        assertThat(o.thisYear().developmentReturn()).isEqualTo(81_225); // 64,125 + 17,100
        // 6 x 150,000 + 5 x 180,000
        assertThat(o.jpAccumulated()).isEqualTo(1_800_000);
        assertThat(o.jpMonths()).isEqualTo(11);
        assertThat(o.lastPostingDate()).isEqualTo(LocalDate.of(2025, 12, 12));
    }

    @Test
    void statementYearsAddTheCardsYearByYear() {
        List<JhtYear> years = balances.statementYears(member, AS_OF);

        assertThat(years).extracting(JhtYear::year).containsExactly(2025, 2026);
        JhtYear y2025 = years.get(0);
        assertThat(y2025.openingBalance()).isZero();
        assertThat(y2025.employerContributions()).isEqualTo(2_220_000); // 6 x 185,000 + 5 x 222,000
        assertThat(y2025.workerContributions()).isEqualTo(1_200_000);   // 6 x 100,000 + 5 x 120,000
        assertThat(y2025.developmentReturn()).isEqualTo(81_225);
        assertThat(y2025.closingBalance()).isEqualTo(3_501_225);
        JhtYear y2026 = years.get(1);
        assertThat(y2026.openingBalance()).isEqualTo(3_501_225);
        assertThat(y2026.contributions()).isEqualTo(1_026_000);
        assertThat(y2026.developmentReturn()).isEqualTo(57_649);
        assertThat(y2026.closingBalance()).isEqualTo(4_584_874);
    }

    @Test
    void memberWithoutContributions() {
        long employer = data.employer("99990103", "PT Uji Saldo Baru", 1);
        long newcomer = data.member("3404011505850102", "Uji Saldo Baru", Segment.PU, MemberStatus.ACTIVE);
        long card = data.card(newcomer, "19999000103", Segment.PU, employer, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), true);

        BalanceOverview o = balances.overview(newcomer, AS_OF);

        assertThat(o.jhtBalance()).isZero();
        assertThat(o.thisYear().year()).isEqualTo(2026);
        assertThat(o.thisYear().openingBalance()).isZero();
        assertThat(o.thisYear().contributions()).isZero();
        assertThat(o.thisYear().developmentReturn()).isZero();
        assertThat(o.lastPostingDate()).isNull();
        assertThat(o.jpAccumulated()).isZero();
        assertThat(o.jpMonths()).isZero();
        assertThat(o.cards()).singleElement().satisfies(c -> {
            assertThat(c.cardId()).isEqualTo(card);
            assertThat(c.balance()).isZero();
            assertThat(c.employerName()).isEqualTo("PT Uji Saldo Baru");
        });
        assertThat(o.hasUnmergedCard()).isFalse();
    }

    @Test
    void theBalanceSaysWhichYearsAreEstimates() {
        BalanceOverview b = balances.overview(member, AS_OF);
        // 2025's rate is assumed in the table; 2026 is the current year, announced only after it ends
        assertThat(b.estimatedYears()).containsExactly(2025, 2026);
        assertThat(b.estimate()).isTrue();
        assertThat(b.openingBalanceEstimate()).as("2026's opening balance holds 2025's assumed return").isTrue();
        assertThat(b.thisYearsReturnEstimate()).isTrue();
        assertThat(b.cards()).allMatch(BalanceOverview.CardBalance::estimate);
    }

    @Test
    void aMemberWithoutABalanceHasNoEstimate() {
        long empty = data.member("3404011505850102", "Uji Tanpa Saldo", Segment.PU, MemberStatus.ACTIVE);
        data.card(empty, "19999000103", Segment.PU, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), true);
        BalanceOverview b = balances.overview(empty, AS_OF);
        assertThat(b.jhtBalance()).isZero();
        assertThat(b.estimatedYears()).isEmpty();
        assertThat(b.estimate()).isFalse();
    }

    @Test
    void aMonthOnTwoCardsIsOneJpMonthButBothAmountsCount() {
        long satu = data.employer("99990103", "PT Uji JP Satu", 1);
        long dua = data.employer("99990104", "PT Uji JP Dua", 1);
        long twoJobs = data.member("3404011505850103", "Uji Dua Pekerjaan", Segment.PU, MemberStatus.ACTIVE);
        long a = data.card(twoJobs, "19999000104", Segment.PU, satu, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), true);
        long b = data.card(twoJobs, "19999000105", Segment.PU, dua, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), true);
        ContributionAmounts four = TestData.amounts(4_000_000, 148_000, 80_000, 80_000, 40_000, 9_600, 12_000);
        for (LocalDate p = LocalDate.of(2025, 1, 1); p.isBefore(LocalDate.of(2025, 4, 1)); p = p.plusMonths(1)) {
            LocalDate next = p.plusMonths(1);
            data.contribution(new TestData.Month(a, twoJobs, satu, p, Segment.PU, four,
                    next.withDayOfMonth(15), next.withDayOfMonth(10), next.withDayOfMonth(12), 0, PaidBy.EMPLOYER));
            data.contribution(new TestData.Month(b, twoJobs, dua, p, Segment.PU, four,
                    next.withDayOfMonth(15), next.withDayOfMonth(10), next.withDayOfMonth(12), 0, PaidBy.EMPLOYER));
        }
        BalanceOverview overview = balances.overview(twoJobs, AS_OF);
        assertThat(overview.jpMonths()).as("January to March 2025, on two cards").isEqualTo(3);
        assertThat(overview.jpAccumulated()).as("6 months x 120,000").isEqualTo(720_000);
    }
}
