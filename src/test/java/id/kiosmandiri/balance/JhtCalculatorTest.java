package id.kiosmandiri.balance;

import id.kiosmandiri.contribution.PostedAmounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crediting rule of {@link JhtCalculator}: a rupiah earns rate/12 per full calendar month in
 * the account; the opening balance is in from 1 January; a contribution posted in month m earns
 * from month m + 1 (so 12 - m months by 31 December); the return is rounded half-up once per card
 * and year. All expectations below are worked out by hand.
 */
class JhtCalculatorTest {

    private static final JhtCalculator.Rate SIX = new JhtCalculator.Rate(new BigDecimal("6.00"), false);

    private static PostedAmounts posted(LocalDate postingDate, long jhtEmployer, long jhtWorker) {
        return new PostedAmounts(1L, postingDate.withDayOfMonth(1).minusMonths(1), postingDate,
                jhtEmployer, jhtWorker, 0, 0);
    }

    /**
     * 12,000,000 posted 10 December 2023 (earns nothing in 2023), then in 2024 one month a year's
     * wage of 5,000,000: 185,000 employer (3.7%) + 100,000 worker (2%) = 285,000, posted on the 20th
     * of every month.
     */
    private static List<PostedAmounts> openingAndTwelveMonths() {
        List<PostedAmounts> list = new ArrayList<>();
        list.add(posted(LocalDate.of(2023, 12, 10), 7_400_000, 4_600_000));
        for (int m = 1; m <= 12; m++) {
            list.add(posted(LocalDate.of(2024, m, 20), 185_000, 100_000));
        }
        return list;
    }

    @Test
    void fullYearWithOpeningBalanceAndTwelveMonthlyContributions() {
        JhtCalculator calc = new JhtCalculator(Map.of(2023, SIX, 2024, SIX));

        List<JhtYear> years = calc.years(openingAndTwelveMonths(), LocalDate.of(2024, 12, 31));

        assertThat(years).extracting(JhtYear::year).containsExactly(2023, 2024);
        JhtYear y2023 = years.get(0);
        // posted in December: 12 - 12 = 0 months of return in 2023
        assertThat(y2023.openingBalance()).isZero();
        assertThat(y2023.contributions()).isEqualTo(12_000_000);
        assertThat(y2023.developmentReturn()).isZero();
        assertThat(y2023.closingBalance()).isEqualTo(12_000_000);

        JhtYear y2024 = years.get(1);
        assertThat(y2024.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(y2024.ratePercent()).isEqualByComparingTo("6");
        assertThat(y2024.rateAssumed()).isFalse();
        assertThat(y2024.openingBalance()).isEqualTo(12_000_000);
        assertThat(y2024.employerContributions()).isEqualTo(2_220_000);  // 12 x 185,000
        assertThat(y2024.workerContributions()).isEqualTo(1_200_000);    // 12 x 100,000
        assertThat(y2024.contributions()).isEqualTo(3_420_000);          // 12 x 285,000
        // 6% a year = 0.5% a month
        // opening:       12,000,000 x 12 months x 0.5%                              = 720,000
        // contributions: 285,000 x (11 + 10 + ... + 1 + 0 = 66) months x 0.5%
        //                = 18,810,000 x 0.5%                                         =  94,050
        assertThat(y2024.developmentReturn()).isEqualTo(814_050);
        // 12,000,000 + 3,420,000 + 814,050
        assertThat(y2024.closingBalance()).isEqualTo(16_234_050);
    }

    @Test
    void fullYearAtAnUnevenRate() {
        // the same postings at 5.9% in 2024
        JhtCalculator calc = new JhtCalculator(Map.of(2023, SIX,
                2024, new JhtCalculator.Rate(new BigDecimal("5.9"), true)));

        JhtYear y2024 = calc.years(openingAndTwelveMonths(), LocalDate.of(2024, 12, 31)).getLast();

        // opening:       12,000,000 x 5.9%                          = 708,000
        // contributions: 18,810,000 rupiah-months x 5.9% / 12
        //                = 110,979,000 / 1,200                       =  92,482.5
        // together 800,482.5 -> rounded half-up once                 = 800,483
        assertThat(y2024.developmentReturn()).isEqualTo(800_483);
        assertThat(y2024.rateAssumed()).isTrue();
        // 12,000,000 + 3,420,000 + 800,483
        assertThat(y2024.closingBalance()).isEqualTo(16_220_483);
    }

    @Test
    void midYearBalanceCountsOnlyCompletedMonthsAndPostingsUpToAsOf() {
        JhtCalculator calc = new JhtCalculator(Map.of(2023, SIX, 2024, SIX));

        // 15 June: January..May completed = 5 months; the 20 June posting is not there yet
        JhtYear june15 = calc.years(openingAndTwelveMonths(), LocalDate.of(2024, 6, 15)).getLast();
        assertThat(june15.asOf()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(june15.employerContributions()).isEqualTo(925_000);   // 5 x 185,000
        assertThat(june15.workerContributions()).isEqualTo(500_000);     // 5 x 100,000
        // opening 12,000,000 x 5 x 0.5% = 300,000
        // posted Jan..May earn 4 + 3 + 2 + 1 + 0 = 10 months: 285,000 x 10 x 0.5% = 14,250
        assertThat(june15.developmentReturn()).isEqualTo(314_250);
        // 12,000,000 + 1,425,000 + 314,250
        assertThat(june15.closingBalance()).isEqualTo(13_739_250);

        // 20 June: the posting of that day is in (it earns nothing yet), still 5 months completed
        JhtYear june20 = calc.years(openingAndTwelveMonths(), LocalDate.of(2024, 6, 20)).getLast();
        assertThat(june20.contributions()).isEqualTo(1_710_000);          // 6 x 285,000
        assertThat(june20.developmentReturn()).isEqualTo(314_250);
        assertThat(june20.closingBalance()).isEqualTo(14_024_250);        // 12,000,000 + 1,710,000 + 314,250

        // 30 June: the last day completes June = 6 months
        JhtYear june30 = calc.years(openingAndTwelveMonths(), LocalDate.of(2024, 6, 30)).getLast();
        assertThat(june30.contributions()).isEqualTo(1_710_000);
        // opening 12,000,000 x 6 x 0.5% = 360,000
        // posted Jan..Jun earn 5 + 4 + 3 + 2 + 1 + 0 = 15 months: 285,000 x 15 x 0.5% = 21,375
        assertThat(june30.developmentReturn()).isEqualTo(381_375);
        // 12,000,000 + 1,710,000 + 381,375
        assertThat(june30.closingBalance()).isEqualTo(14_091_375);
    }

    @Test
    void closingBalanceBecomesNextYearsOpeningBalance() {
        List<PostedAmounts> postings = new ArrayList<>(openingAndTwelveMonths());
        postings.add(posted(LocalDate.of(2025, 3, 10), 200_000, 100_000));
        JhtCalculator calc = new JhtCalculator(Map.of(2023, SIX, 2024, SIX, 2025, SIX));

        List<JhtYear> years = calc.years(postings, LocalDate.of(2025, 12, 31));

        assertThat(years).extracting(JhtYear::year).containsExactly(2023, 2024, 2025);
        assertThat(years.get(1).closingBalance()).isEqualTo(16_234_050);
        JhtYear y2025 = years.get(2);
        assertThat(y2025.openingBalance()).isEqualTo(16_234_050);
        assertThat(y2025.contributions()).isEqualTo(300_000);
        // opening: 16,234,050 x 6% = 974,043
        // posted in March: 300,000 x 9 months x 0.5% = 13,500
        assertThat(y2025.developmentReturn()).isEqualTo(987_543);
        // 16,234,050 + 300,000 + 987,543
        assertThat(y2025.closingBalance()).isEqualTo(17_521_593);
        assertThat(y2025.rateAssumed()).isFalse();
    }

    @Test
    void yearsWithoutPostingsStillCompound() {
        JhtCalculator calc = new JhtCalculator(Map.of(2022, SIX, 2023, SIX, 2024, SIX));

        List<JhtYear> years = calc.years(List.of(posted(LocalDate.of(2022, 12, 5), 600_000, 400_000)),
                LocalDate.of(2024, 12, 31));

        assertThat(years).extracting(JhtYear::year).containsExactly(2022, 2023, 2024);
        assertThat(years).extracting(JhtYear::developmentReturn)
                .containsExactly(0L,            // posted in December 2022
                        60_000L,                // 1,000,000 x 6%
                        63_600L);               // 1,060,000 x 6%
        assertThat(years).extracting(JhtYear::closingBalance)
                .containsExactly(1_000_000L, 1_060_000L, 1_123_600L);
        assertThat(years.get(2).contributions()).isZero();
    }

    @Test
    void yearWithoutARateRowTakesTheLatestEarlierRateMarkedAssumed() {
        List<PostedAmounts> postings = new ArrayList<>(openingAndTwelveMonths());
        postings.add(posted(LocalDate.of(2025, 3, 10), 200_000, 100_000));
        // no row for 2025
        JhtCalculator calc = new JhtCalculator(Map.of(2023, SIX, 2024, SIX));

        JhtYear y2025 = calc.years(postings, LocalDate.of(2025, 12, 31)).getLast();

        assertThat(y2025.year()).isEqualTo(2025);
        assertThat(y2025.ratePercent()).isEqualByComparingTo("6");
        assertThat(y2025.rateAssumed()).isTrue();
        // the same figures as with a 6% row: 974,043 + 13,500
        assertThat(y2025.developmentReturn()).isEqualTo(987_543);
        assertThat(y2025.closingBalance()).isEqualTo(17_521_593);
    }

    @Test
    void rateOfPicksTheLatestEarlierYear() {
        JhtCalculator calc = new JhtCalculator(Map.of(
                2020, new JhtCalculator.Rate(new BigDecimal("5.63"), false),
                2023, new JhtCalculator.Rate(new BigDecimal("5.80"), true)));

        assertThat(calc.rateOf(2020)).isEqualTo(new JhtCalculator.Rate(new BigDecimal("5.63"), false));
        // 2021 and 2022 have no row: 2020's rate, assumed
        assertThat(calc.rateOf(2022)).isEqualTo(new JhtCalculator.Rate(new BigDecimal("5.63"), true));
        assertThat(calc.rateOf(2023)).isEqualTo(new JhtCalculator.Rate(new BigDecimal("5.80"), true));
        assertThat(calc.rateOf(2030)).isEqualTo(new JhtCalculator.Rate(new BigDecimal("5.80"), true));
    }

    @Test
    void postingsAfterAsOfOrWithoutPostingDateAreIgnored() {
        List<PostedAmounts> postings = new ArrayList<>(openingAndTwelveMonths());
        postings.add(posted(LocalDate.of(2025, 1, 5), 9_000_000, 9_000_000));           // after asOf
        postings.add(new PostedAmounts(1L, LocalDate.of(2024, 11, 1), null, 5_000_000, 5_000_000, 0, 0)); // not posted
        JhtCalculator calc = new JhtCalculator(Map.of(2023, SIX, 2024, SIX, 2025, SIX));

        List<JhtYear> years = calc.years(postings, LocalDate.of(2024, 12, 31));

        // exactly the full-year figures, and no 2025 entry
        assertThat(years).extracting(JhtYear::year).containsExactly(2023, 2024);
        assertThat(years.getLast().contributions()).isEqualTo(3_420_000);
        assertThat(years.getLast().closingBalance()).isEqualTo(16_234_050);

        // nothing posted by asOf: no years at all
        assertThat(calc.years(List.of(posted(LocalDate.of(2025, 1, 5), 1, 1)), LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void aContributionCountsFromItsPostingDateNotItsPeriod() {
        JhtCalculator calc = new JhtCalculator(Map.of(2024, SIX));
        // the January 2024 period, deposited late and posted 5 March 2024
        PostedAmounts late = new PostedAmounts(1L, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 5), 60_000, 40_000, 0, 0);

        JhtYear y = calc.years(List.of(late), LocalDate.of(2024, 12, 31)).getLast();

        // earns April..December = 9 months: 100,000 x 9 x 0.5% = 4,500
        assertThat(y.developmentReturn()).isEqualTo(4_500);
        assertThat(y.closingBalance()).isEqualTo(104_500);
    }

    @Test
    void theReturnIsRoundedOnceForTheCardAndYearNotPerContribution() {
        JhtCalculator calc = new JhtCalculator(Map.of(2024, SIX));
        // three months posted in November 2024 earn December only: 100,060 x 0.5% = 500.3 each
        List<PostedAmounts> postings = List.of(
                new PostedAmounts(1L, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 11, 4), 60_060, 40_000, 0, 0),
                new PostedAmounts(1L, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 4), 60_060, 40_000, 0, 0),
                new PostedAmounts(1L, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 18), 60_060, 40_000, 0, 0));

        JhtYear y = calc.years(postings, LocalDate.of(2024, 12, 31)).getLast();

        // 3 x 500.3 = 1,500.9 -> 1,501 (rounding each first would give 3 x 500 = 1,500)
        assertThat(y.developmentReturn()).isEqualTo(1_501);
        assertThat(y.closingBalance()).isEqualTo(301_681);  // 3 x 100,060 + 1,501
    }

    @ParameterizedTest(name = "{0}% of {1} = {2}")
    @CsvSource({
            "5.5, 1000100, 55006",   // 1,000,100 x 5.5% = 55,005.5 -> 55,006
            "5.8, 1000250, 58015",   // 1,000,250 x 5.8% = 58,014.5 -> 58,015
            "5.9, 1000500, 59030",   // 1,000,500 x 5.9% = 59,029.5 -> 59,030
            "6.0, 1000025, 60002",   // 1,000,025 x 6.0% = 60,001.5 -> 60,002
    })
    void anExactHalfRupiahIsRoundedUpWhateverTheRate(String rate, long opening, long expectedReturn) {
        JhtCalculator calc = new JhtCalculator(Map.of(
                2023, SIX, 2024, new JhtCalculator.Rate(new BigDecimal(rate), false)));
        // the opening balance comes from a December 2023 posting, which earns nothing in 2023
        List<PostedAmounts> postings = List.of(posted(LocalDate.of(2023, 12, 11), opening, 0));

        JhtYear y2024 = calc.years(postings, LocalDate.of(2024, 12, 31)).getLast();

        assertThat(y2024.openingBalance()).isEqualTo(opening);
        assertThat(y2024.developmentReturn()).isEqualTo(expectedReturn);
    }

    @Test
    void anExactHalfRupiahFromContributionsIsRoundedUp() {
        JhtCalculator calc = new JhtCalculator(Map.of(2024, new JhtCalculator.Rate(new BigDecimal("5.5"), false)));
        // posted in January: 11 months; 286,800 x 11 x 5.5% / 12 = 17,351,400 / 1,200 = 14,459.5 -> 14,460
        JhtYear y = calc.years(List.of(posted(LocalDate.of(2024, 1, 15), 186_800, 100_000)),
                LocalDate.of(2024, 12, 31)).getLast();

        assertThat(y.developmentReturn()).isEqualTo(14_460);
    }

    @Test
    void completedMonths() {
        assertThat(JhtCalculator.completedMonths(LocalDate.of(2024, 3, 31))).isEqualTo(3);
        assertThat(JhtCalculator.completedMonths(LocalDate.of(2024, 3, 30))).isEqualTo(2);
        assertThat(JhtCalculator.completedMonths(LocalDate.of(2024, 2, 29))).isEqualTo(2);
        assertThat(JhtCalculator.completedMonths(LocalDate.of(2024, 1, 1))).isZero();
        assertThat(JhtCalculator.completedMonths(LocalDate.of(2024, 12, 31))).isEqualTo(12);
    }
}
