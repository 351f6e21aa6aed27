package id.kiosmandiri.balance;

import id.kiosmandiri.contribution.PostedAmounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JHT account of one card, year by year.
 *
 * <p>Crediting rule (DOMAIN.md leaves it open; this is the one rule used everywhere):
 * a rupiah earns {@code rate / 12} for every full calendar month it has been in the account.
 * The opening balance is in the account from 1 January. A contribution counts from its
 * <em>posting</em> date (not its period or deposit) and starts earning from the month after the
 * posting month: posted in March, it earns 9/12 of the year's rate by 31 December; posted in
 * December, nothing that year. The return accrued over a year is credited on 31 December and
 * earns from then on as part of the next opening balance. Mid-year ("as of" a date), the return
 * is what has accrued for the full months completed by that date.
 *
 * <p>Rounding: the year's (or year-to-date) return is computed exactly and rounded half-up to
 * whole rupiah once, per card and year.
 */
public final class JhtCalculator {

    /** 100 (percent) x 12 (months): rupiah-months x rate percent / 1200 = return in rupiah. */
    private static final BigDecimal PERCENT_MONTHS_PER_YEAR = BigDecimal.valueOf(1200);

    /** Rate of a year, and whether it is an assumed figure. */
    public record Rate(BigDecimal percent, boolean assumed) {
    }

    private final Map<Integer, Rate> rates;

    public JhtCalculator(Map<Integer, Rate> rates) {
        this.rates = Map.copyOf(rates);
    }

    /**
     * Year-by-year account from the first posting up to the year of {@code asOf}.
     *
     * @param posted the card's posted months, any order
     * @return one entry per year, oldest first; empty when nothing was posted by {@code asOf}
     */
    public List<JhtYear> years(List<PostedAmounts> posted, LocalDate asOf) {
        List<PostedAmounts> counted = posted.stream()
                .filter(p -> p.postingDate() != null && !p.postingDate().isAfter(asOf))
                .sorted((a, b) -> a.postingDate().compareTo(b.postingDate()))
                .toList();
        List<JhtYear> result = new ArrayList<>();
        if (counted.isEmpty()) {
            return result;
        }
        int firstYear = counted.getFirst().postingDate().getYear();
        long opening = 0;
        for (int year = firstYear; year <= asOf.getYear(); year++) {
            boolean currentYear = year == asOf.getYear();
            LocalDate end = currentYear ? asOf : LocalDate.of(year, 12, 31);
            int monthsCompleted = completedMonths(end);
            Rate rate = rateOf(year);

            // rupiah x months in the account, exact; the rate is applied once, so the rounding
            // below works on the exact return (a rounded rate/12 could turn an exact .5 into .4999...)
            BigDecimal rupiahMonths = BigDecimal.valueOf(opening).multiply(BigDecimal.valueOf(monthsCompleted));
            long employer = 0;
            long worker = 0;
            for (PostedAmounts p : counted) {
                if (p.postingDate().getYear() != year) {
                    continue;
                }
                employer += p.jhtEmployer();
                worker += p.jhtWorker();
                int monthsEarning = Math.max(0, monthsCompleted - p.postingDate().getMonthValue());
                rupiahMonths = rupiahMonths.add(BigDecimal.valueOf(p.jht()).multiply(BigDecimal.valueOf(monthsEarning)));
            }
            long developmentReturn = rupiahMonths.multiply(rate.percent())
                    .divide(PERCENT_MONTHS_PER_YEAR, 0, RoundingMode.HALF_UP).longValueExact();
            JhtYear y = new JhtYear(year, end, rate.percent(), rate.assumed(), opening, employer, worker, developmentReturn);
            result.add(y);
            opening = y.closingBalance();
        }
        return result;
    }

    /** The last day the return has accrued for on a date: the end of the last full month (30 April on 15 May). */
    public static LocalDate returnAccruedThrough(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth() ? date : date.withDayOfMonth(1).minusDays(1);
    }

    /** Full calendar months completed on a date: 31 March -> 3, 30 March -> 2. */
    static int completedMonths(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth() ? date.getMonthValue() : date.getMonthValue() - 1;
    }

    /** A year without a published rate takes the latest earlier one, marked as assumed. */
    public Rate rateOf(int year) {
        Rate rate = rates.get(year);
        if (rate != null) {
            return rate;
        }
        return rates.entrySet().stream()
                .filter(e -> e.getKey() < year)
                .max(Map.Entry.comparingByKey())
                .map(e -> new Rate(e.getValue().percent(), true))
                .orElse(new Rate(BigDecimal.ZERO, true));
    }
}
