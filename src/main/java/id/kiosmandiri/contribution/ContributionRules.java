package id.kiosmandiri.contribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Contribution rules of BPJS Ketenagakerjaan (../shared/DOMAIN.md), as pure functions over the
 * JP wage caps and public holidays it is given.
 *
 * <p>Rounding rule, applied here and nowhere else: every component (JHT employer, JHT worker,
 * JP employer, JP worker, JKK, JKM, penalty) is computed exactly and rounded half-up to whole
 * rupiah on its own; totals are sums of rounded components.
 */
public final class ContributionRules {

    // PU rates, percent of the reported wage (PP 46/2015, PP 45/2015, PP 44/2015)
    static final BigDecimal JHT_EMPLOYER = new BigDecimal("0.037");
    static final BigDecimal JHT_WORKER = new BigDecimal("0.02");
    static final BigDecimal JP_EMPLOYER = new BigDecimal("0.02");
    static final BigDecimal JP_WORKER = new BigDecimal("0.01");
    static final BigDecimal JKM_PU = new BigDecimal("0.003");
    /** JKK by risk class I..V. */
    private static final BigDecimal[] JKK_BY_RISK_CLASS = {
            new BigDecimal("0.0024"), new BigDecimal("0.0054"), new BigDecimal("0.0089"),
            new BigDecimal("0.0127"), new BigDecimal("0.0174")};
    /** PP 7/2025: 50% off JKK for labour-intensive industries from 2025. */
    static final LocalDate JKK_LABOUR_INTENSIVE_DISCOUNT_FROM = LocalDate.of(2025, 1, 1);

    // BPU: fixed amounts on a declared income (Permenaker 5/2021)
    public static final long BPU_MIN_INCOME = 1_000_000;
    public static final long BPU_MAX_INCOME = 20_700_000;
    static final BigDecimal BPU_JKK = new BigDecimal("0.01");
    public static final long BPU_JKM = 6_800;
    static final BigDecimal BPU_JHT = new BigDecimal("0.02");

    /** The JP programme began in July 2015. */
    public static final LocalDate JP_START = LocalDate.of(2015, 7, 1);

    static final BigDecimal LATE_PENALTY_PER_MONTH = new BigDecimal("0.02");
    public static final int PU_DUE_DAY = 15;
    public static final int BPU_DUE_DAY = 15;
    /** A BPU membership becomes inactive after this many unpaid months. */
    public static final int BPU_UNPAID_MONTHS_TO_INACTIVE = 3;

    private final NavigableMap<LocalDate, Long> jpWageCaps;
    private final Set<LocalDate> holidays;

    /**
     * @param jpWageCaps cap by the first day it applies
     * @param holidays   public holidays that move a due date to the next working day
     */
    public ContributionRules(Map<LocalDate, Long> jpWageCaps, Set<LocalDate> holidays) {
        this.jpWageCaps = new TreeMap<>(jpWageCaps);
        this.holidays = Set.copyOf(holidays);
    }

    /** The JP wage cap in force in a period, or 0 before JP existed. */
    public long jpWageCap(LocalDate period) {
        Map.Entry<LocalDate, Long> entry = jpWageCaps.floorEntry(period);
        return entry == null ? 0 : entry.getValue();
    }

    /**
     * A wage earner's month. JHT is on wage plus back pay; JP on that sum capped at the period's
     * JP wage cap, and only when the card takes part in JP.
     */
    public ContributionAmounts wageEarner(LocalDate period, long wage, long backPay, int riskClass,
                                          boolean labourIntensive, boolean inJp) {
        if (riskClass < 1 || riskClass > 5) {
            throw new IllegalArgumentException("risk class must be 1..5, was " + riskClass);
        }
        if (wage < 0 || backPay < 0) {
            throw new IllegalArgumentException("wage and back pay cannot be negative");
        }
        long base = wage + backPay;
        long jpBase = (inJp && !period.isBefore(JP_START)) ? Math.min(base, jpWageCap(period)) : 0;
        BigDecimal jkkRate = JKK_BY_RISK_CLASS[riskClass - 1];
        if (labourIntensive && !period.isBefore(JKK_LABOUR_INTENSIVE_DISCOUNT_FROM)) {
            jkkRate = jkkRate.divide(BigDecimal.TWO);
        }
        return new ContributionAmounts(wage, backPay,
                percentOf(base, JHT_EMPLOYER), percentOf(base, JHT_WORKER),
                percentOf(jpBase, JP_EMPLOYER), percentOf(jpBase, JP_WORKER),
                percentOf(base, jkkRate), percentOf(base, JKM_PU));
    }

    /** An informal worker's month: JKK 1% of the declared income, JKM flat, JHT 2% if chosen. */
    public ContributionAmounts informalWorker(long declaredIncome, boolean withJht) {
        if (declaredIncome < BPU_MIN_INCOME || declaredIncome > BPU_MAX_INCOME) {
            throw new IllegalArgumentException("declared income must be between " + BPU_MIN_INCOME
                    + " and " + BPU_MAX_INCOME + ", was " + declaredIncome);
        }
        long jht = withJht ? percentOf(declaredIncome, BPU_JHT) : 0;
        return new ContributionAmounts(declaredIncome, 0, 0, jht, 0, 0,
                percentOf(declaredIncome, BPU_JKK), BPU_JKM);
    }

    /** PU: the 15th of the month after the period, moved to the next working day. */
    public LocalDate wageEarnerDueDate(LocalDate period) {
        return nextWorkingDay(period.withDayOfMonth(1).plusMonths(1).withDayOfMonth(PU_DUE_DAY));
    }

    /** BPU: the 15th of the period's own month, moved to the next working day. */
    public LocalDate informalWorkerDueDate(LocalDate period) {
        return nextWorkingDay(period.withDayOfMonth(BPU_DUE_DAY));
    }

    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Months late: every started month after the due date counts (paid 1 day late = 1 month;
     * paid one month and one day late = 2 months). Paid on or before the due date = 0.
     */
    public static int monthsLate(LocalDate dueDate, LocalDate depositDate) {
        if (depositDate == null || !depositDate.isAfter(dueDate)) {
            return 0;
        }
        Period p = Period.between(dueDate, depositDate);
        int months = (int) p.toTotalMonths();
        return p.getDays() > 0 ? months + 1 : Math.max(months, 1);
    }

    /** PU late penalty: 2% of the month's total per month late, charged to the employer. */
    public static long latePenalty(ContributionAmounts amounts, LocalDate dueDate, LocalDate depositDate) {
        int months = monthsLate(dueDate, depositDate);
        if (months == 0) {
            return 0;
        }
        return percentOf(amounts.total(), LATE_PENALTY_PER_MONTH.multiply(BigDecimal.valueOf(months)));
    }

    static long percentOf(long amount, BigDecimal rate) {
        return BigDecimal.valueOf(amount).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
