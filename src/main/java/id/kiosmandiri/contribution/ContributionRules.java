package id.kiosmandiri.contribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Contribution rules of BPJS Ketenagakerjaan (docs/rules.md cites each), as pure functions over
 * the JP wage caps, non-working days and rule windows it is given (all from the reference tables).
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

    // BPU: fixed amounts on a declared income (Permenaker 5/2021)
    public static final long BPU_MIN_INCOME = 1_000_000;
    public static final long BPU_MAX_INCOME = 20_700_000;
    static final BigDecimal BPU_JKK = new BigDecimal("0.01");
    public static final long BPU_JKM = 6_800;
    static final BigDecimal BPU_JHT = new BigDecimal("0.02");

    /** PP 44/2015 art. 26 and PP 45/2015 art. 33: 2 % a month late, outside rule windows. */
    static final BigDecimal LATE_PENALTY_PER_MONTH = new BigDecimal("0.02");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final int PU_DUE_DAY = 15;
    public static final int BPU_DUE_DAY = 15;
    /** A BPU membership becomes inactive after this many unpaid months. */
    public static final int BPU_UNPAID_MONTHS_TO_INACTIVE = 3;

    /**
     * Rules that a regulation sets for a window of contribution months (first days of months, both
     * included); percentages are of the normal amount (99 = reduced by 99 %).
     */
    public record Window(String code, LocalDate periodFrom, LocalDate periodTo, Integer dueDayNextMonth,
                         BigDecimal latePenaltyPercent, BigDecimal jkkReductionPercent, BigDecimal jkmReductionPercent,
                         BigDecimal jpDeferredPercent, LocalDate jpDeferredUntil, boolean labourIntensiveOnly,
                         boolean assumed) {

        boolean covers(LocalDate period) {
            LocalDate month = period.withDayOfMonth(1);
            return !month.isBefore(periodFrom) && !month.isAfter(periodTo);
        }
    }

    private final NavigableMap<LocalDate, Long> jpWageCaps;
    private final Set<LocalDate> nonWorkingDays;
    private final List<Window> windows;
    /** Due dates before this day were computed without holidays: no holiday data covers them. */
    private final LocalDate holidaysKnownFrom;

    /**
     * @param jpWageCaps     cap by the first day it applies
     * @param nonWorkingDays national holidays and cuti bersama days, which move a due date to the next working day
     * @param windows        rules for windows of contribution months
     */
    public ContributionRules(Map<LocalDate, Long> jpWageCaps, Set<LocalDate> nonWorkingDays, List<Window> windows) {
        this.jpWageCaps = new TreeMap<>(jpWageCaps);
        this.nonWorkingDays = Set.copyOf(nonWorkingDays);
        this.windows = List.copyOf(windows);
        this.holidaysKnownFrom = nonWorkingDays.stream().min(LocalDate::compareTo)
                .map(d -> d.withDayOfYear(1)).orElse(LocalDate.MAX);
    }

    /** The window of a kind that covers a period, if any. */
    private Optional<Window> window(LocalDate period, boolean labourIntensiveWindow) {
        return windows.stream().filter(w -> w.labourIntensiveOnly() == labourIntensiveWindow && w.covers(period)).findFirst();
    }

    /** The regulation window (e.g. PP 49/2020) that changes a period's due date, penalty or amounts. */
    public Optional<Window> reliefWindow(LocalDate period) {
        return window(period, false);
    }

    /**
     * The first month of the JP programme: the first JP wage cap in the data (table jp_wage_cap,
     * 2015-07-01 from PP 45/2015), so the date stands in data with its source, not in code.
     */
    public LocalDate jpStart() {
        return jpWageCaps.isEmpty() ? LocalDate.MAX : jpWageCaps.firstKey();
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
        // before the first cap JP did not exist: its cap there is 0
        long jpBase = inJp ? Math.min(base, jpWageCap(period)) : 0;
        BigDecimal jkkRate = JKK_BY_RISK_CLASS[riskClass - 1];
        BigDecimal jkmRate = JKM_PU;
        Optional<Window> discount = labourIntensive ? window(period, true) : Optional.empty();
        if (discount.isPresent()) {
            // PP 7/2025, PP 36/2025: listed labour-intensive industries, for their months only
            jkkRate = reduced(jkkRate, discount.get().jkkReductionPercent());
        }
        Optional<Window> relief = reliefWindow(period);
        if (relief.isPresent()) {
            jkkRate = reduced(jkkRate, relief.get().jkkReductionPercent());
            jkmRate = reduced(jkmRate, relief.get().jkmReductionPercent());
        }
        return new ContributionAmounts(wage, backPay,
                percentOf(base, JHT_EMPLOYER), percentOf(base, JHT_WORKER),
                percentOf(jpBase, JP_EMPLOYER), percentOf(jpBase, JP_WORKER),
                percentOf(base, jkkRate), percentOf(base, jkmRate));
    }

    /**
     * The part of a month's JP contribution that a regulation deferred (PP 49/2020: 99 %, to be
     * settled by 15 April 2022), rounded half-up; 0 outside such a window.
     */
    public long jpDeferred(LocalDate period, long jp) {
        return reliefWindow(period).map(w -> percentOf(jp, w.jpDeferredPercent().divide(HUNDRED))).orElse(0L);
    }

    private static BigDecimal reduced(BigDecimal rate, BigDecimal reductionPercent) {
        return rate.multiply(HUNDRED.subtract(reductionPercent)).divide(HUNDRED);
    }

    /**
     * An informal worker's month: JKK 1% of the declared income, JKM flat, JHT 2% if chosen; JKK and
     * JKM reduced in a relief window (PP 49/2020 covers BPU members too).
     */
    public ContributionAmounts informalWorker(LocalDate period, long declaredIncome, boolean withJht) {
        ContributionAmounts normal = informalWorker(declaredIncome, withJht);
        return reliefWindow(period).map(w -> new ContributionAmounts(normal.wage(), 0, 0, normal.jhtWorker(), 0, 0,
                percentOf(declaredIncome, reduced(BPU_JKK, w.jkkReductionPercent())),
                percentOf(BPU_JKM, BigDecimal.ONE.subtract(w.jkmReductionPercent().divide(HUNDRED)))))
                .orElse(normal);
    }

    /** An informal worker's month outside any relief window. */
    public ContributionAmounts informalWorker(long declaredIncome, boolean withJht) {
        if (declaredIncome < BPU_MIN_INCOME || declaredIncome > BPU_MAX_INCOME) {
            throw new IllegalArgumentException("declared income must be between " + BPU_MIN_INCOME
                    + " and " + BPU_MAX_INCOME + ", was " + declaredIncome);
        }
        long jht = withJht ? percentOf(declaredIncome, BPU_JHT) : 0;
        return new ContributionAmounts(declaredIncome, 0, 0, jht, 0, 0,
                percentOf(declaredIncome, BPU_JKK), BPU_JKM);
    }

    /**
     * PU: the 15th of the month after the period (PP 44/2015 art. 22 and PP 45/2015 art. 31), in a
     * relief window the day it sets (PP 49/2020: the 30th, or the last day of a shorter month), moved
     * to the next working day.
     */
    public LocalDate wageEarnerDueDate(LocalDate period) {
        LocalDate nextMonth = period.withDayOfMonth(1).plusMonths(1);
        int day = reliefWindow(period).map(Window::dueDayNextMonth).filter(d -> d != null).orElse(PU_DUE_DAY);
        return nextWorkingDay(nextMonth.withDayOfMonth(Math.min(day, nextMonth.lengthOfMonth())));
    }

    /**
     * Whether a due date is an estimate: computed without holidays (a year no holiday data covers),
     * or on a day the regulation does not name (PP 49/2020's "30th" of February 2021).
     */
    public boolean dueDateAssumed(LocalDate period, LocalDate dueDate) {
        if (dueDate.isBefore(holidaysKnownFrom)) {
            return true;
        }
        LocalDate nextMonth = period.withDayOfMonth(1).plusMonths(1);
        return reliefWindow(period).map(Window::dueDayNextMonth).filter(d -> d != null)
                .map(d -> d > nextMonth.lengthOfMonth()).orElse(false);
    }

    /** BPU: the 15th of the period's own month, moved to the next working day. */
    public LocalDate informalWorkerDueDate(LocalDate period) {
        return nextWorkingDay(period.withDayOfMonth(BPU_DUE_DAY));
    }

    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || nonWorkingDays.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Months late: every started month after the due date counts (paid 1 day late = 1 month;
     * paid one month and one day late = 2 months). Paid on or before the due date = 0.
     */
    public static int monthsLate(LocalDate dueDate, LocalDate depositDate) {
        if (depositDate == null || !DueDates.passed(dueDate, depositDate)) {
            return 0;
        }
        Period p = Period.between(dueDate, depositDate);
        int months = (int) p.toTotalMonths();
        return p.getDays() > 0 ? months + 1 : Math.max(months, 1);
    }

    /** The late penalty a month for a period: 2 %, or what a relief window sets (PP 49/2020: 0.5 %). */
    public BigDecimal latePenaltyRate(LocalDate period) {
        return reliefWindow(period).map(Window::latePenaltyPercent).filter(p -> p != null)
                .map(p -> p.divide(HUNDRED)).orElse(LATE_PENALTY_PER_MONTH);
    }

    /** PU late penalty: the period's rate of the month's total per month late, charged to the employer. */
    public long latePenalty(LocalDate period, ContributionAmounts amounts, LocalDate dueDate, LocalDate depositDate) {
        int months = monthsLate(dueDate, depositDate);
        if (months == 0) {
            return 0;
        }
        return percentOf(amounts.total(), latePenaltyRate(period).multiply(BigDecimal.valueOf(months)));
    }

    static long percentOf(long amount, BigDecimal rate) {
        return BigDecimal.valueOf(amount).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
