package id.kiosmandiri.contribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ContributionRulesTest {

    /** The caps of the migration's table around the months used here (DOMAIN.md). */
    private static final Map<LocalDate, Long> CAPS = Map.of(
            LocalDate.of(2015, 7, 1), 7_000_000L,
            LocalDate.of(2023, 3, 1), 9_559_600L,
            LocalDate.of(2024, 3, 1), 10_042_300L,
            LocalDate.of(2025, 3, 1), 10_547_400L);

    /** The rule windows of migration V3 (docs/rules.md): PP 49/2020 relief; PP 7/2025 and PP 36/2025 JKK discount. */
    static final List<ContributionRules.Window> WINDOWS = List.of(
            new ContributionRules.Window("PP-49-2020", month(2020, 8), month(2021, 1), 30, new BigDecimal("0.50"),
                    new BigDecimal("99"), new BigDecimal("99"), new BigDecimal("99"), LocalDate.of(2022, 4, 15), false, false),
            new ContributionRules.Window("PP-7-2025", month(2025, 2), month(2025, 7), null, null,
                    new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO, null, true, false),
            new ContributionRules.Window("PP-36-2025", month(2025, 8), month(2026, 1), null, null,
                    new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO, null, true, true));

    private final ContributionRules rules = new ContributionRules(CAPS, Set.of(), WINDOWS);

    private static LocalDate month(int year, int month) {
        return LocalDate.of(year, month, 1);
    }

    // ---- PU amounts -----------------------------------------------------------------------

    @Test
    void wageAboveTheJpCapPaysJpOnTheCapOnly() {
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 15_000_000, 0, 1, false, true);

        assertThat(a.wage()).isEqualTo(15_000_000);
        assertThat(a.backPay()).isZero();
        assertThat(a.jhtEmployer()).isEqualTo(555_000);   // 15,000,000 x 3.7%
        assertThat(a.jhtWorker()).isEqualTo(300_000);     // 15,000,000 x 2%
        assertThat(a.jpEmployer()).isEqualTo(200_846);    // cap 10,042,300 x 2%
        assertThat(a.jpWorker()).isEqualTo(100_423);      // cap 10,042,300 x 1%
        assertThat(a.jkk()).isEqualTo(36_000);            // 15,000,000 x 0.24% (class I)
        assertThat(a.jkm()).isEqualTo(45_000);            // 15,000,000 x 0.30%
        // 555,000 + 300,000 = 855,000; 200,846 + 100,423 = 301,269
        assertThat(a.jhtTotal()).isEqualTo(855_000);
        assertThat(a.jpTotal()).isEqualTo(301_269);
        // 855,000 + 301,269 + 36,000 + 45,000
        assertThat(a.total()).isEqualTo(1_237_269);
    }

    @ParameterizedTest(name = "risk class {0}: JKK {1}")
    @CsvSource({
            "1,  36000",   // 15,000,000 x 0.24%
            "2,  81000",   // 15,000,000 x 0.54%
            "3, 133500",   // 15,000,000 x 0.89%
            "4, 190500",   // 15,000,000 x 1.27%
            "5, 261000",   // 15,000,000 x 1.74%
    })
    void jkkDependsOnTheRiskClass(int riskClass, long jkk) {
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 15_000_000, 0, riskClass, false, true);
        assertThat(a.jkk()).isEqualTo(jkk);
        assertThat(a.jkm()).isEqualTo(45_000); // JKM does not depend on the risk class
    }

    @Test
    void riskClassOutsideOneToFiveIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> rules.wageEarner(month(2024, 5), 5_000_000, 0, 0, false, true));
        assertThatIllegalArgumentException().isThrownBy(() -> rules.wageEarner(month(2024, 5), 5_000_000, 0, 6, false, true));
    }

    @Test
    void theJpCapOfTheYearBeforeAppliesUntilMarch() {
        // February 2024 still has the 2023 cap 9,559,600
        ContributionAmounts feb = rules.wageEarner(month(2024, 2), 15_000_000, 0, 1, false, true);
        assertThat(feb.jpEmployer()).isEqualTo(191_192);  // 9,559,600 x 2%
        assertThat(feb.jpWorker()).isEqualTo(95_596);     // 9,559,600 x 1%
        assertThat(rules.jpWageCap(month(2024, 2))).isEqualTo(9_559_600);
        assertThat(rules.jpWageCap(month(2024, 3))).isEqualTo(10_042_300);
        assertThat(rules.jpWageCap(month(2015, 6))).isZero();
    }

    @Test
    void jpBeginsWithItsFirstWageCapInTheData() {
        assertThat(rules.jpStart()).isEqualTo(month(2015, 7));
        assertThat(new ContributionRules(java.util.Map.of(month(2016, 1), 7_000_000L), Set.of(), WINDOWS).jpStart())
                .isEqualTo(month(2016, 1));
    }

    @Test
    void wageBelowTheJpCapPaysEverythingOnTheWage() {
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 5_000_000, 0, 2, false, true);

        assertThat(a.jhtEmployer()).isEqualTo(185_000);   // 5,000,000 x 3.7%
        assertThat(a.jhtWorker()).isEqualTo(100_000);     // 5,000,000 x 2%
        assertThat(a.jpEmployer()).isEqualTo(100_000);    // 5,000,000 x 2%
        assertThat(a.jpWorker()).isEqualTo(50_000);       // 5,000,000 x 1%
        assertThat(a.jkk()).isEqualTo(27_000);            // 5,000,000 x 0.54% (class II)
        assertThat(a.jkm()).isEqualTo(15_000);            // 5,000,000 x 0.30%
        // 185,000 + 100,000 + 100,000 + 50,000 + 27,000 + 15,000
        assertThat(a.total()).isEqualTo(477_000);
    }

    @Test
    void backPayIsAddedToTheWageForEveryComponentAndCappedForJp() {
        // base 9,000,000 + 2,000,000 = 11,000,000, above the cap 10,042,300
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 9_000_000, 2_000_000, 1, false, true);

        assertThat(a.wage()).isEqualTo(9_000_000);
        assertThat(a.backPay()).isEqualTo(2_000_000);
        assertThat(a.jhtEmployer()).isEqualTo(407_000);   // 11,000,000 x 3.7%
        assertThat(a.jhtWorker()).isEqualTo(220_000);     // 11,000,000 x 2%
        assertThat(a.jpEmployer()).isEqualTo(200_846);    // cap 10,042,300 x 2%
        assertThat(a.jpWorker()).isEqualTo(100_423);      // cap 10,042,300 x 1%
        assertThat(a.jkk()).isEqualTo(26_400);            // 11,000,000 x 0.24%
        assertThat(a.jkm()).isEqualTo(33_000);            // 11,000,000 x 0.30%
    }

    @Test
    void everyComponentIsRoundedHalfUpOnItsOwn() {
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 4_500_025, 0, 1, false, true);

        assertThat(a.jhtEmployer()).isEqualTo(166_501);   // 4,500,025 x 3.7%  = 166,500.925  -> up
        assertThat(a.jhtWorker()).isEqualTo(90_001);      // 4,500,025 x 2%    =  90,000.5    -> half up (half-even would give 90,000)
        assertThat(a.jpEmployer()).isEqualTo(90_001);     // 4,500,025 x 2%    =  90,000.5    -> half up
        assertThat(a.jpWorker()).isEqualTo(45_000);       // 4,500,025 x 1%    =  45,000.25   -> down
        assertThat(a.jkk()).isEqualTo(10_800);            // 4,500,025 x 0.24% =  10,800.06   -> down
        assertThat(a.jkm()).isEqualTo(13_500);            // 4,500,025 x 0.30% =  13,500.075  -> down
        // the total is the sum of the rounded parts: 166,501 + 90,001 + 90,001 + 45,000 + 10,800 + 13,500
        assertThat(a.total()).isEqualTo(415_803);
    }

    @Test
    void noJpBeforeJuly2015() {
        ContributionAmounts june = rules.wageEarner(month(2015, 6), 5_000_000, 0, 1, false, true);
        assertThat(june.jpEmployer()).isZero();
        assertThat(june.jpWorker()).isZero();
        assertThat(june.jhtEmployer()).isEqualTo(185_000); // 5,000,000 x 3.7%: JHT is unaffected

        ContributionAmounts july = rules.wageEarner(month(2015, 7), 5_000_000, 0, 1, false, true);
        assertThat(july.jpEmployer()).isEqualTo(100_000);  // 5,000,000 x 2% (below the first cap 7,000,000)
        assertThat(july.jpWorker()).isEqualTo(50_000);     // 5,000,000 x 1%
    }

    @Test
    void noJpWhenTheCardIsNotInJp() {
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 5_000_000, 0, 1, false, false);
        assertThat(a.jpEmployer()).isZero();
        assertThat(a.jpWorker()).isZero();
        assertThat(a.jhtEmployer()).isEqualTo(185_000);
        assertThat(a.jhtWorker()).isEqualTo(100_000);
        // 185,000 + 100,000 + JKK 12,000 (0.24%) + JKM 15,000 (0.30%)
        assertThat(a.total()).isEqualTo(312_000);
    }

    @Test
    void labourIntensiveIndustriesPayHalfJkkForTheRegulationsMonthsOnly() {
        // class III, 10,000,000: full 89,000 (0.89 %), halved 44,500 (0.445 %)
        assertThat(rules.wageEarner(month(2025, 1), 10_000_000, 0, 3, true, true).jkk())
                .as("January 2025: before PP 7/2025's window").isEqualTo(89_000);
        assertThat(rules.wageEarner(month(2025, 2), 10_000_000, 0, 3, true, true).jkk()).as("February 2025").isEqualTo(44_500);
        assertThat(rules.wageEarner(month(2025, 7), 10_000_000, 0, 3, true, true).jkk()).as("July 2025").isEqualTo(44_500);
        assertThat(rules.wageEarner(month(2025, 8), 10_000_000, 0, 3, true, true).jkk())
                .as("August 2025: PP 36/2025's extension").isEqualTo(44_500);
        assertThat(rules.wageEarner(month(2026, 1), 10_000_000, 0, 3, true, true).jkk()).as("January 2026").isEqualTo(44_500);
        assertThat(rules.wageEarner(month(2026, 2), 10_000_000, 0, 3, true, true).jkk())
                .as("February 2026: no discount any more").isEqualTo(89_000);
        assertThat(rules.wageEarner(month(2025, 3), 10_000_000, 0, 3, false, true).jkk())
                .as("not labour-intensive: full rate").isEqualTo(89_000);
        // the discount is on JKK only
        ContributionAmounts discounted = rules.wageEarner(month(2025, 3), 10_000_000, 0, 3, true, true);
        assertThat(discounted.jkm()).isEqualTo(30_000);           // 10,000,000 x 0.30%
        assertThat(discounted.jhtEmployer()).isEqualTo(370_000);  // 10,000,000 x 3.7%
        // class I halved and rounded: 3,333,333 x 0.12% = 3,999.9996 -> 4,000
        assertThat(rules.wageEarner(month(2025, 6), 3_333_333, 0, 1, true, true).jkk()).isEqualTo(4_000);
    }

    @Test
    void negativeWageIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> rules.wageEarner(month(2024, 5), -1, 0, 1, false, true));
        assertThatIllegalArgumentException().isThrownBy(() -> rules.wageEarner(month(2024, 5), 1, -1, 1, false, true));
    }

    // ---- BPU amounts ----------------------------------------------------------------------

    @Test
    void informalWorkerWithJht() {
        ContributionAmounts a = rules.informalWorker(2_500_000, true);

        assertThat(a.wage()).isEqualTo(2_500_000);
        assertThat(a.jkk()).isEqualTo(25_000);       // 2,500,000 x 1%
        assertThat(a.jkm()).isEqualTo(6_800);        // flat
        assertThat(a.jhtWorker()).isEqualTo(50_000); // 2,500,000 x 2%, paid by the member
        assertThat(a.jhtEmployer()).isZero();
        assertThat(a.jpEmployer()).isZero();
        assertThat(a.jpWorker()).isZero();
        // 25,000 + 6,800 + 50,000
        assertThat(a.total()).isEqualTo(81_800);
    }

    @Test
    void informalWorkerWithoutJht() {
        ContributionAmounts a = rules.informalWorker(2_500_000, false);

        assertThat(a.jkk()).isEqualTo(25_000);
        assertThat(a.jkm()).isEqualTo(6_800);
        assertThat(a.jhtWorker()).isZero();
        assertThat(a.jhtEmployer()).isZero();
        // 25,000 + 6,800
        assertThat(a.total()).isEqualTo(31_800);
    }

    @Test
    void informalWorkerMinimumAndMaximumIncome() {
        // 1,000,000 x 1% + 6,800 = 16,800, the published minimum; with JHT + 20,000 = 36,800
        assertThat(rules.informalWorker(1_000_000, false).total()).isEqualTo(16_800);
        assertThat(rules.informalWorker(1_000_000, true).total()).isEqualTo(36_800);
        // 20,700,000 x 1% = 207,000; x 2% = 414,000; + 6,800 = 627,800
        ContributionAmounts max = rules.informalWorker(20_700_000, true);
        assertThat(max.jkk()).isEqualTo(207_000);
        assertThat(max.jhtWorker()).isEqualTo(414_000);
        assertThat(max.total()).isEqualTo(627_800);
    }

    @Test
    void informalWorkerIncomeOutOfRangeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> rules.informalWorker(999_999, true))
                .withMessageContaining("999999");
        assertThatIllegalArgumentException().isThrownBy(() -> rules.informalWorker(20_700_001, false))
                .withMessageContaining("20700001");
        assertThatIllegalArgumentException().isThrownBy(() -> rules.informalWorker(0, false));
    }

    // ---- due dates ------------------------------------------------------------------------

    @Test
    void wageEarnerDueDateIsThe15thOfTheNextMonth() {
        // May 2024 -> 15 June 2024 is a Saturday -> Monday 17 June
        assertThat(rules.wageEarnerDueDate(month(2024, 5))).isEqualTo(LocalDate.of(2024, 6, 17));
        // October 2024 -> 15 November 2024, a Friday
        assertThat(rules.wageEarnerDueDate(month(2024, 10))).isEqualTo(LocalDate.of(2024, 11, 15));
        // December 2024 -> 15 January 2025, a Wednesday (across the year end)
        assertThat(rules.wageEarnerDueDate(month(2024, 12))).isEqualTo(LocalDate.of(2025, 1, 15));
        // August 2024 -> 15 September 2024 is a Sunday -> Monday 16 September
        assertThat(rules.wageEarnerDueDate(month(2024, 8))).isEqualTo(LocalDate.of(2024, 9, 16));
    }

    @Test
    void wageEarnerDueDateMovesOverHolidaysAndTheWeekend() {
        ContributionRules withHolidays = new ContributionRules(CAPS,
                Set.of(LocalDate.of(2024, 8, 15), LocalDate.of(2024, 8, 16), LocalDate.of(2024, 9, 16)), WINDOWS);
        // July 2024 -> Thu 15 Aug (holiday) -> Fri 16 Aug (holiday) -> Sat, Sun -> Monday 19 August
        assertThat(withHolidays.wageEarnerDueDate(month(2024, 7))).isEqualTo(LocalDate.of(2024, 8, 19));
        // August 2024 -> Sun 15 Sep -> Mon 16 Sep (holiday) -> Tuesday 17 September
        assertThat(withHolidays.wageEarnerDueDate(month(2024, 8))).isEqualTo(LocalDate.of(2024, 9, 17));
        // a holiday in another month changes nothing: October 2024 -> Friday 15 November
        assertThat(withHolidays.wageEarnerDueDate(month(2024, 10))).isEqualTo(LocalDate.of(2024, 11, 15));
    }

    @Test
    void informalWorkerDueDateIsThe15thOfTheSameMonth() {
        // May 2024 -> Wednesday 15 May 2024
        assertThat(rules.informalWorkerDueDate(month(2024, 5))).isEqualTo(LocalDate.of(2024, 5, 15));
        // a period given as any day of the month gives the same due date
        assertThat(rules.informalWorkerDueDate(LocalDate.of(2024, 5, 28))).isEqualTo(LocalDate.of(2024, 5, 15));
        // June 2024 -> 15 June is a Saturday -> Monday 17 June
        assertThat(rules.informalWorkerDueDate(month(2024, 6))).isEqualTo(LocalDate.of(2024, 6, 17));
    }

    // ---- lateness and penalty -------------------------------------------------------------

    @ParameterizedTest(name = "due {0}, paid {1}: {2} month(s) late")
    @CsvSource({
            "2024-06-17, 2024-06-10, 0",   // early
            "2024-06-17, 2024-06-17, 0",   // on the due date
            "2024-06-17, 2024-06-18, 1",   // 1 day late: a started month
            "2024-06-17, 2024-07-16, 1",   // 29 days late
            "2024-06-17, 2024-07-17, 1",   // exactly one month later
            "2024-06-17, 2024-07-18, 2",   // one month and one day
            "2024-06-17, 2024-08-17, 2",   // exactly two months
            "2024-06-17, 2024-08-18, 3",   // two months and one day
            "2024-01-31, 2024-02-29, 1",   // one month after 31 January is 29 February (2024)
            "2024-01-31, 2024-03-01, 2",   // 29 February + 1 day
    })
    void monthsLateCountsEveryStartedMonth(LocalDate due, LocalDate paid, int months) {
        assertThat(ContributionRules.monthsLate(due, paid)).isEqualTo(months);
    }

    @Test
    void unpaidIsNotLateYet() {
        assertThat(ContributionRules.monthsLate(LocalDate.of(2024, 6, 17), null)).isZero();
    }

    @Test
    void latePenaltyIsTwoPercentOfTheMonthsTotalPerMonthLate() {
        // total 1,237,269 (15,000,000 in May 2024, class I; see the first test)
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 15_000_000, 0, 1, false, true);
        LocalDate due = LocalDate.of(2024, 6, 17);

        // paid 1 August: 1 month 15 days late -> 2 months -> 4% x 1,237,269 = 49,490.76 -> 49,491
        assertThat(rules.latePenalty(month(2024, 5), a, due, LocalDate.of(2024, 8, 1))).isEqualTo(49_491);
        // paid 18 June: 1 month -> 2% x 1,237,269 = 24,745.38 -> 24,745
        assertThat(rules.latePenalty(month(2024, 5), a, due, LocalDate.of(2024, 6, 18))).isEqualTo(24_745);
        // on time or unpaid: nothing
        assertThat(rules.latePenalty(month(2024, 5), a, due, due)).isZero();
        assertThat(rules.latePenalty(month(2024, 5), a, due, null)).isZero();
    }

    @Test
    void latePenaltyIsRoundedHalfUp() {
        // total 415,803 (4,500,025 in May 2024, class I); 3 months late -> 6% x 415,803 = 24,948.18 -> 24,948
        ContributionAmounts a = rules.wageEarner(month(2024, 5), 4_500_025, 0, 1, false, true);
        assertThat(rules.latePenalty(month(2024, 5), a, LocalDate.of(2024, 6, 17), LocalDate.of(2024, 9, 1)))
                .isEqualTo(24_948);
        // a made-up month of total 25: 1 month late -> 2% x 25 = 0.5 -> 1
        ContributionAmounts tiny = new ContributionAmounts(0, 0, 25, 0, 0, 0, 0, 0);
        assertThat(rules.latePenalty(month(2024, 5), tiny, LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 20)))
                .isEqualTo(1);
    }

    // ---- PP 49/2020: contribution months August 2020 - January 2021 -------------------------

    @Test
    void pp49MonthsFallDueOnThe30thOfTheNextMonth() {
        assertThat(rules.wageEarnerDueDate(month(2020, 7))).as("July 2020: the ordinary 15th").isEqualTo(LocalDate.of(2020, 8, 17));
        assertThat(rules.wageEarnerDueDate(month(2020, 8))).as("August 2020: Wednesday 30 September").isEqualTo(LocalDate.of(2020, 9, 30));
        ContributionRules withCutiBersama = new ContributionRules(CAPS, Set.of(LocalDate.of(2020, 10, 30)), WINDOWS);
        assertThat(withCutiBersama.wageEarnerDueDate(month(2020, 9)))
                .as("September 2020: Fri 30 Oct cuti bersama, weekend -> Monday 2 November").isEqualTo(LocalDate.of(2020, 11, 2));
        assertThat(rules.wageEarnerDueDate(month(2021, 1)))
                .as("January 2021: February has no 30th -> its last day, Sunday 28 -> Monday 1 March").isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(rules.dueDateAssumed(month(2021, 1), LocalDate.of(2021, 3, 1))).as("a day the PP does not name").isTrue();
        assertThat(rules.wageEarnerDueDate(month(2021, 2))).as("February 2021: the 15th again").isEqualTo(LocalDate.of(2021, 3, 15));
    }

    @Test
    void pp49LatePenaltyIsHalfAPercentAMonth() {
        assertThat(rules.latePenaltyRate(month(2020, 8))).isEqualByComparingTo("0.005");
        assertThat(rules.latePenaltyRate(month(2020, 7))).isEqualByComparingTo("0.02");
        assertThat(rules.latePenaltyRate(month(2021, 2))).isEqualByComparingTo("0.02");
        ContributionAmounts a = rules.wageEarner(month(2020, 8), 5_000_000, 0, 1, false, true);
        // 2 months late: 1 % of the month's total
        assertThat(rules.latePenalty(month(2020, 8), a, LocalDate.of(2020, 9, 30), LocalDate.of(2020, 11, 5)))
                .isEqualTo(Math.round(a.total() * 0.01));
    }

    @Test
    void pp49CutsJkkAndJkmBy99PercentAndDefers99PercentOfJp() {
        ContributionAmounts a = rules.wageEarner(month(2020, 8), 5_000_000, 0, 1, false, true);
        assertThat(a.jkk()).as("5,000,000 x 0.24 %% x 1 %% = 120").isEqualTo(120);
        assertThat(a.jkm()).as("5,000,000 x 0.30 %% x 1 %% = 150").isEqualTo(150);
        assertThat(a.jhtEmployer()).as("JHT unchanged").isEqualTo(185_000);
        assertThat(a.jpTotal()).as("JP is still owed in full").isEqualTo(150_000);
        assertThat(rules.jpDeferred(month(2020, 8), a.jpTotal())).as("99 %% of it deferred").isEqualTo(148_500);
        assertThat(rules.jpDeferred(month(2021, 2), a.jpTotal())).isZero();
        ContributionAmounts bpu = rules.informalWorker(month(2020, 9), 2_000_000, true);
        assertThat(bpu.jkk()).as("BPU JKK 1 %% of 2,000,000 x 1 %%").isEqualTo(200);
        assertThat(bpu.jkm()).as("BPU JKM 6,800 x 1 %%").isEqualTo(68);
        assertThat(bpu.jhtWorker()).isEqualTo(40_000);
    }

    @Test
    void dueDatesBeforeTheHolidayDataAreEstimates() {
        ContributionRules from2015 = new ContributionRules(CAPS, Set.of(LocalDate.of(2015, 1, 1)), WINDOWS);
        assertThat(from2015.dueDateAssumed(month(2014, 11), LocalDate.of(2014, 12, 15))).isTrue();
        assertThat(from2015.dueDateAssumed(month(2014, 12), LocalDate.of(2015, 1, 15))).isFalse();
    }
}
