package id.kiosmandiri.contribution;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.kiosmandiri.contribution.ContributionLine.Status.LATE;
import static id.kiosmandiri.contribution.ContributionLine.Status.NOT_DUE;
import static id.kiosmandiri.contribution.ContributionLine.Status.ON_TIME;
import static id.kiosmandiri.contribution.ContributionLine.Status.UNPAID;

/** A member's payment details across all their cards, paged in SQL. */
@Service
@Transactional(readOnly = true)
public class ContributionHistoryService {

    private final ContributionRepository contributions;

    ContributionHistoryService(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    /**
     * Every year the member has months in, newest first, with that year's totals and its months
     * counted by their status on {@code today} (two statements: the sums, and each month's dates).
     *
     * @param today the day at the member's kiosk (its branch's time zone)
     */
    public List<YearSummary> yearSummaries(Long memberId, LocalDate today) {
        Map<Integer, Map<ContributionLine.Status, Long>> byYear = new HashMap<>();
        for (MonthDates month : contributions.findMonthDates(memberId)) {
            byYear.computeIfAbsent(month.period().getYear(), y -> new EnumMap<>(ContributionLine.Status.class))
                    .merge(month.status(today), 1L, Long::sum);
        }
        return contributions.findYearTotals(memberId).stream().map(t -> {
            Map<ContributionLine.Status, Long> n = byYear.getOrDefault(t.year(), Map.of());
            long onTime = n.getOrDefault(ON_TIME, 0L);
            long late = n.getOrDefault(LATE, 0L);
            return new YearSummary(t.year(), t.months(), onTime + late, late, n.getOrDefault(UNPAID, 0L),
                    n.getOrDefault(NOT_DUE, 0L), t.jht(), t.jp(), t.jkk(), t.jkm(), t.latePenalty());
        }).toList();
    }

    /**
     * The years, and one page of the chosen year's months (the newest year when none is chosen).
     */
    public ContributionHistory history(Long memberId, Integer year, Pageable pageable, LocalDate today) {
        List<YearSummary> years = yearSummaries(memberId, today);
        int chosen = year != null ? year : years.isEmpty() ? today.getYear() : years.getFirst().year();
        return new ContributionHistory(years, chosen, page(memberId, chosen, pageable));
    }

    /** One page of a year's months, newest first. */
    public Page<ContributionLine> page(Long memberId, int year, Pageable pageable) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return contributions.findLines(memberId, from, from.plusYears(1), pageable);
    }

    /**
     * Every month of a year, all cards, oldest first: the yearly statement prints them all, so there
     * is no page (a year has at most 12 months a card).
     */
    public List<ContributionLine> yearLines(Long memberId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return contributions.findLinesOldestFirst(memberId, from, from.plusYears(1));
    }

    /**
     * One month's lines, in SQL: one per card that has the month (a member working for two employers
     * at once has two), in the order they were written; empty when the month has none.
     */
    public List<ContributionLine> month(Long memberId, YearMonth period) {
        LocalDate from = period.atDay(1);
        return contributions.findLinesOldestFirst(memberId, from, from.plusMonths(1));
    }

    /** Every posted contribution of the member, amounts only: what the JHT balance is computed from. */
    public List<PostedAmounts> postedAmounts(Long memberId) {
        return contributions.findPostedAmounts(memberId);
    }
}
